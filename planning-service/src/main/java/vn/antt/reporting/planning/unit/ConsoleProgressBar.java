package vn.antt.reporting.planning.unit;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A text progress bar for the command-line import, e.g.
 * {@code Ghi danh mục [##############----------------]  47% 5.079/10.806}. Redrawn in place with a
 * carriage return, and only when the percentage moves.
 */
final class ConsoleProgressBar implements ImportProgress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final DecimalFormat number;
    private int total;
    private int lastPercent = -1;

    ConsoleProgressBar(PrintStream out) {
        this.out = out;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        this.number = new DecimalFormat("#,##0", symbols);
    }

    @Override
    public void read(int records) {
        out.println("Đã đọc tệp: " + number.format(records) + " đơn vị.");
    }

    @Override
    public void writing(int writes) {
        out.println("Tệp hợp lệ. Cần ghi " + number.format(writes) + " đơn vị.");
        total = writes;
        lastPercent = -1;
        draw(0);
    }

    @Override
    public void written(int done) {
        draw(done);
    }

    @Override
    public void finished(ImportReport report) {
        draw(total);
        out.println();
        DecimalFormat seconds = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        out.println("Xong trong " + seconds.format(report.durationMillis() / 1000.0) + " giây: "
                + number.format(report.created()) + " đơn vị mới, " + number.format(report.changed()) + " thay đổi, "
                + number.format(report.closed()) + " hết hiệu lực, " + number.format(report.unchanged())
                + " không đổi (hiệu lực từ " + String.format("%1$td/%1$tm/%1$tY", report.validFrom()) + ").");
        out.flush();
    }

    private void draw(int done) {
        int percent = total == 0 ? 100 : (int) (done * 100L / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\rGhi danh mục [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%", percent) + " " + number.format(done) + "/" + number.format(total));
        out.flush();
    }
}
