package ai.dflux.discovery.domain.preflight;

import ai.dflux.contracts.findings.Finding;
import java.util.List;
import javax.sql.DataSource;

/**
 * The checks that decide whether change data capture can start on a source, one implementation per dialect. Each
 * problem is a finding naming the exact setting or grant to change; a check that cannot run is a finding too.
 */
public interface CdcPreflight {

    List<Finding> check(DataSource source);
}
