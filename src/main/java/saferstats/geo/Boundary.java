package saferstats.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * One area's outline: an LSOA from ONS boundaries.
 *
 * @param code the LSOA code (LSOA21CD or LSOA11CD as published)
 * @param name the LSOA name, or null when the file has none
 * @param geometry polygon or multipolygon in British National Grid metres (EPSG:27700)
 */
public record Boundary(String code, String name, Geometry geometry) {}
