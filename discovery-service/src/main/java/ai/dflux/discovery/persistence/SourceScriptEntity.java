package ai.dflux.discovery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The schema script of a source that enters as a script (Oracle), as the tenant sent it. */
@Entity
@Table(name = "source_script")
public class SourceScriptEntity extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String script;
}
