package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which configuration a workstation uses, in order: explicit file, environment variable, home file, personal H2. */
class StoreLocationTest {

    @TempDir
    Path home;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(home.resolve(name), text);
    }

    @Test
    void withoutAnyConfigurationThePersonalH2StoreInTheHomeFolder() throws StoreException {
        StoreConfig config = new StoreLocation(Map.of(), home).config(Optional.empty());
        assertEquals(Engine.H2, config.engine());
        assertEquals(home.resolve(".ambulo/store/files"), config.fileRoot());
    }

    @Test
    void explicitBeatsEnvironmentBeatsHomeFile() throws IOException, StoreException {
        Path explicit = config("explicit.properties", "engine=h2\nh2.folder=explicit\n");
        Path fromEnv = config("env.properties", "engine=h2\nh2.folder=env\n");
        Files.createDirectories(home.resolve(".ambulo"));
        Files.writeString(home.resolve(".ambulo/store.properties"), "engine=h2\nh2.folder=personal\n");
        StoreLocation withEnv = new StoreLocation(Map.of(StoreLocation.CONFIG_ENV, fromEnv.toString()), home);
        assertEquals(home.resolve("explicit/files"), withEnv.config(Optional.of(explicit)).fileRoot());
        assertEquals(home.resolve("env/files"), withEnv.config(Optional.empty()).fileRoot());
        assertEquals(home.resolve(".ambulo/personal/files"), new StoreLocation(Map.of(), home).config(Optional.empty()).fileRoot());
    }

    @Test
    void aNamedFileThatIsMissingIsAnErrorNotAFallback() {
        StoreLocation location = new StoreLocation(Map.of(StoreLocation.CONFIG_ENV, home.resolve("gone.properties").toString()), home);
        StoreException e = assertThrows(StoreException.class, () -> location.config(Optional.empty()));
        assertTrue(e.getMessage().contains("gone.properties") && e.getMessage().contains(StoreLocation.CONFIG_ENV), e.getMessage());
    }

    @Test
    void listedRolesLimitUsersAndUnlistedUsersGetNone() throws IOException, StoreException {
        Path lab = config("lab.properties", "engine=h2\nh2.folder=lab\nroles.ann=technician, physician\n");
        StoreLocation location = new StoreLocation(Map.of(), home);
        Actor ann = new Actor("ann", Role.PHYSICIAN);
        assertEquals(ann, location.checkedActor(Optional.of(lab), ann));
        StoreException admin = assertThrows(StoreException.class,
                () -> location.checkedActor(Optional.of(lab), new Actor("ann", Role.ADMINISTRATOR)));
        assertTrue(admin.getMessage().contains("ann may not act as administrator (roles: technician, physician)"), admin.getMessage());
        StoreException bob = assertThrows(StoreException.class,
                () -> location.checkedActor(Optional.of(lab), new Actor("bob", Role.TECHNICIAN)));
        assertTrue(bob.getMessage().contains("no roles.bob line"), bob.getMessage());
        Path personal = config("personal.properties", "engine=h2\nh2.folder=p\n");
        Actor anyone = new Actor("bob", Role.ADMINISTRATOR);
        assertEquals(anyone, location.checkedActor(Optional.of(personal), anyone), "no roles lines: every role open");
    }
}
