package care.rounds.planning.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance as published: a depot (customer 0) and customers with coordinates,
 * demand, ready time, due date (latest start of service) and service time, served by at most
 * {@code vehicles} vehicles of one capacity.
 */
record SolomonInstance(String name, int vehicles, int capacity, double[] x, double[] y, int[] demand,
                       int[] ready, int[] due, int[] service) {

    int locations() {
        return x.length;
    }

    double distance(int from, int to) {
        double dx = x[from] - x[to];
        double dy = y[from] - y[to];
        return Math.sqrt(dx * dx + dy * dy);
    }

    static SolomonInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = lines.get(0).trim();
        int vehicles = -1;
        int capacity = -1;
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length == 2 && vehicles < 0 && isNumber(fields[0])) {
                vehicles = Integer.parseInt(fields[0]);
                capacity = Integer.parseInt(fields[1]);
            } else if (fields.length == 7 && isNumber(fields[0])) {
                double[] row = new double[7];
                for (int f = 0; f < 7; f++) {
                    row[f] = Double.parseDouble(fields[f]);
                }
                rows.add(row);
            }
        }
        if (vehicles < 0 || rows.isEmpty()) {
            throw new IOException(file + " is not a Solomon instance.");
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] demand = new int[n];
        int[] ready = new int[n];
        int[] due = new int[n];
        int[] service = new int[n];
        for (double[] row : rows) {
            int id = (int) row[0];
            x[id] = row[1];
            y[id] = row[2];
            demand[id] = (int) row[3];
            ready[id] = (int) row[4];
            due[id] = (int) row[5];
            service[id] = (int) row[6];
        }
        return new SolomonInstance(name, vehicles, capacity, x, y, demand, ready, due, service);
    }

    private static boolean isNumber(String field) {
        return !field.isEmpty() && field.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
