package org.ambulo.store;

/** Database engine: embedded H2 in file mode (one workstation) or a PostgreSQL server (a lab). */
public enum Engine {
    H2,
    POSTGRESQL
}
