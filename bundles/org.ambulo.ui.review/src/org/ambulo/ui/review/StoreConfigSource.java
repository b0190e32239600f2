package org.ambulo.ui.review;

import java.util.Optional;

import org.ambulo.store.Actor;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.ambulo.store.StoreLocation;

/**
 * Where the patient browser finds its store and who may act in which role. Asked again on every refresh and action, so
 * an edited store.properties takes effect without restarting the workbench.
 */
@FunctionalInterface
public interface StoreConfigSource {

    StoreConfig config() throws StoreException;

    /**
     * The requested actor if the configuration lets that user act in that role, else a StoreException saying why. A
     * source without a roles configuration (a fixed configuration, a personal workstation) lets the local user act in
     * every role, as {@link StoreLocation#checkedActor} does without {@code roles.<user>} lines.
     */
    default Actor checkedActor(Actor requested) throws StoreException {
        return requested;
    }

    /** The workstation's store: the file named by AMBULO_STORE_CONFIG, else ~/.ambulo/store.properties, else ~/.ambulo/store. */
    static StoreConfigSource ofSystem() {
        return of(StoreLocation.ofSystem());
    }

    /** The store and the {@code roles.<user>} lines of {@code location}'s configuration file. */
    static StoreConfigSource of(StoreLocation location) {
        return new StoreConfigSource() {
            @Override
            public StoreConfig config() throws StoreException {
                return location.config(Optional.empty());
            }

            @Override
            public Actor checkedActor(Actor requested) throws StoreException {
                return location.checkedActor(Optional.empty(), requested);
            }
        };
    }
}
