package dev.atelier.ui.sign;

import com.sparrowwallet.hummingbird.UR;
import dev.atelier.signing.file.SigningResponse;
import java.util.List;

/**
 * What approval produced: one row of hex per item (raw transactions or signatures), the response
 * file (null for ERC-4527 answers), and the UR to show as a QR code.
 */
public record SignResult(List<Row> rows, SigningResponse response, UR ur) {
    /** One signed item as the user copies it. */
    public record Row(String label, String hex) {
    }

    public SignResult {
        rows = List.copyOf(rows);
    }
}
