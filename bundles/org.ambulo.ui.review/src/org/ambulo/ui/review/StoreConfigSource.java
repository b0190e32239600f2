package org.ambulo.ui.review;

import java.util.Optional;

import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.ambulo.store.StoreLocation;

/**
 * Where the patient browser finds its store. Asked again on every refresh, so an edited store.properties takes effect
 * without restarting the workbench.
 */
@FunctionalInterface
public interface StoreConfigSource {

    StoreConfig config() throws StoreException;

    /** The workstation's store: the file named by AMBULO_STORE_CONFIG, else ~/.ambulo/store.properties, else ~/.ambulo/store. */
    static StoreConfigSource ofSystem() {
        return () -> StoreLocation.ofSystem().config(Optional.empty());
    }
}
