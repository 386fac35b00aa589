package news.timeline.timeline.cli;

import java.util.List;

/** A precision and a recall, and their F1. */
record PrecisionRecall(double precision, double recall) {

    static PrecisionRecall of(double precisionNumerator, double precisionDenominator, double recallNumerator,
            double recallDenominator) {
        return new PrecisionRecall(precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator,
                recallDenominator == 0 ? 0 : recallNumerator / recallDenominator);
    }

    /** As news-tls averages over tasks: precision and recall averaged, F1 of the averages. */
    static PrecisionRecall mean(List<PrecisionRecall> tasks) {
        return new PrecisionRecall(tasks.stream().mapToDouble(PrecisionRecall::precision).average().orElse(0),
                tasks.stream().mapToDouble(PrecisionRecall::recall).average().orElse(0));
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
