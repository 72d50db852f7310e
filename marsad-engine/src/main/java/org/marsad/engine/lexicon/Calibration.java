package org.marsad.engine.lexicon;

import java.util.List;
import org.marsad.arabic.Tsv;

/** Maps the coder's raw confidence prior to the precision observed on the dev set (confidence.tsv). */
public final class Calibration {
    private final double[] bounds;
    private final double[] values;

    public Calibration() {
        List<Tsv.Row> rows = Tsv.resource(Calibration.class, "/org/marsad/engine/confidence.tsv");
        bounds = new double[rows.size()];
        values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            bounds[i] = Double.parseDouble(rows.get(i).col(0));
            values[i] = Double.parseDouble(rows.get(i).col(1));
            if (i > 0 && (bounds[i] <= bounds[i - 1] || values[i] < values[i - 1])) {
                throw new IllegalArgumentException("confidence.tsv line " + rows.get(i).line() + ": bins must rise");
            }
        }
    }

    public double calibrate(double prior) {
        for (int i = 0; i < bounds.length; i++) if (prior <= bounds[i] + 1e-9) return values[i];
        return values[values.length - 1];
    }
}
