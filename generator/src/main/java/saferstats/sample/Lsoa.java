package saferstats.sample;

/** One row of the ONS LSOA 2021 to ward 2025 to local authority 2025 lookup. */
record Lsoa(
    String code, String name, String wardCode, String wardName, String ladCode, String ladName) {}
