package saferstats.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class BritishNationalGridTest {
  @Test
  void theProjectionMatchesOrdnanceSurveysWorkedExampleToTheMillimetre() {
    // OS "A guide to coordinate systems in Great Britain", annex C worked example: OSGB36
    // latitude 52°39'27.2531"N, longitude 1°43'4.5177"E -> E 651409.903, N 313177.270. This checks
    // the Transverse Mercator parameters alone (no datum shift: the example starts on OSGB36).
    String airyOnly = BritishNationalGrid.EPSG_27700.replaceAll(" \\+towgs84=\\S+", "");
    CRSFactory crs = new CRSFactory();
    CoordinateTransform t =
        new CoordinateTransformFactory()
            .createTransform(
                crs.createFromParameters("OSGB36 geographic", "+proj=longlat +ellps=airy +no_defs"),
                crs.createFromParameters("BNG", airyOnly));
    ProjCoordinate out = new ProjCoordinate();
    t.transform(
        new ProjCoordinate(1 + 43 / 60.0 + 4.5177 / 3600, 52 + 39 / 60.0 + 27.2531 / 3600), out);
    assertThat(out.x).isCloseTo(651409.903, within(0.001));
    assertThat(out.y).isCloseTo(313177.270, within(0.001));
  }

  @Test
  void theDatumShiftIsWithinFiveMetresOfOstn15() {
    // OSTN15 test point TP01 (Isles of Scilly, where a Helmert shift is at its worst): ETRS89
    // 49.92226393730N 6.29977752014W -> OSGB36 E 91492.135, N 11318.801. Measured with the
    // 7-parameter Helmert shift: dE -4.71 m, dN -0.40 m; across England it is usually under 2 m.
    // (ETRS89 and WGS84 differ by well under a metre at this scale.)
    BritishNationalGrid.Point p = BritishNationalGrid.toGrid(-6.29977752014, 49.92226393730);
    assertThat(p.easting()).isCloseTo(91492.135, within(5.0));
    assertThat(p.northing()).isCloseTo(11318.801, within(1.0));
  }

  @Test
  void theTrueOriginMapsToItsFalseCoordinatesOnTheAiryEllipsoid() {
    // 49°N 2°W on OSGB36 is E 400000, N -100000 by definition. In WGS84 that point is about
    // 49°00'02.6"N 2°00'05.3"W; rather than trust a remembered figure, go back through the inverse:
    // the grid coordinates of the inverse of (400000, -100000) must be (400000, -100000).
    BritishNationalGrid.LonLat ll = BritishNationalGrid.toWgs84(400000, -100000);
    assertThat(ll.lat()).isCloseTo(49.0, within(0.01));
    assertThat(ll.lon()).isCloseTo(-2.0, within(0.01));
    BritishNationalGrid.Point back = BritishNationalGrid.toGrid(ll.lon(), ll.lat());
    assertThat(back.easting()).isCloseTo(400000, within(0.01));
    assertThat(back.northing()).isCloseTo(-100000, within(0.01));
  }

  @Test
  void aHarrowPointRoundTripsToTheCentimetreAndLandsInHarrowsSquare() {
    // Harrow town centre, about 51.580N 0.336W, lies in OS 100 km square TQ (E 500000-600000,
    // N 100000-200000), near E 515,000 N 188,000.
    BritishNationalGrid.Point p = BritishNationalGrid.toGrid(-0.336, 51.580);
    assertThat(p.easting()).isBetween(514000.0, 516500.0);
    assertThat(p.northing()).isBetween(187500.0, 189500.0);
    BritishNationalGrid.LonLat back = BritishNationalGrid.toWgs84(p.easting(), p.northing());
    assertThat(back.lon()).isCloseTo(-0.336, within(1e-7));
    assertThat(back.lat()).isCloseTo(51.580, within(1e-7));
  }
}
