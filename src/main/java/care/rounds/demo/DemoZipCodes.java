package care.rounds.demo;

import care.rounds.base.GeoPoint;

/**
 * ZIP codes for demo homes in downtown Atlanta, by rough area: close to the real ones, but only a demo's
 * approximation (real ZIP areas do not follow these straight lines).
 */
final class DemoZipCodes {

    private DemoZipCodes() {
    }

    static String near(GeoPoint point) {
        double lat = point.latitude();
        double lon = point.longitude();
        if (lon < -84.405) {
            return lat < 33.755 ? "30310" : "30314"; // West End, Vine City
        }
        if (lon < -84.378) {
            return lat < 33.745 ? "30315" : lat < 33.765 ? "30303" : "30313"; // Summerhill, downtown, Centennial Hill
        }
        if (lon < -84.360) {
            return lat < 33.745 ? "30315" : lat < 33.766 ? "30312" : "30308"; // Grant Park, Old Fourth Ward, Midtown
        }
        if (lon < -84.345) {
            return lat < 33.752 ? "30316" : "30307"; // Reynoldstown, Inman Park
        }
        return "30317"; // Edgewood, Kirkwood
    }
}
