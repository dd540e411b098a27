package org.parknews.eval;

import org.parknews.record.Record;

/** The one-line description of a fact that reports show on hover and in lists. */
final class FactTitle {
    private FactTitle() {
    }

    static String of(Record.FactOut f) {
        StringBuilder sb = new StringBuilder("fact ").append(f.text()).append(" = ").append(f.value().toPlainString());
        if (f.valueMax() != null) {
            sb.append("..").append(f.valueMax().toPlainString());
        }
        sb.append(' ').append(f.unit());
        if (f.qualifier() != null) {
            sb.append(" (").append(f.qualifier()).append(')');
        }
        sb.append(" · metric ").append(f.metric()).append(" · period ").append(f.period());
        if (f.subject() != null) {
            sb.append(" · subject ").append(f.subject());
        }
        return sb.append(" · rule ").append(f.rule()).toString();
    }
}
