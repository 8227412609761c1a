package saferstats.analysis;

import saferstats.area.AreaLookup;
import saferstats.area.LsoaBridge;
import saferstats.area.Population;

/**
 * What the peers' residents are read from: the population file, and the lookup and LSOA bridge when
 * given (each may be null).
 */
public record PeerResidents(Population population, AreaLookup lookup, LsoaBridge bridge) {}
