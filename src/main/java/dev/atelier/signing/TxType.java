package dev.atelier.signing;

/** The transaction envelopes Atelier signs (EIP-2718 type byte). */
public enum TxType {
    /** Legacy, replay-protected by EIP-155. */
    LEGACY(0, "Legacy (EIP-155)"),
    /** EIP-2930: gas price plus an access list. */
    ACCESS_LIST(1, "EIP-2930 (access list)"),
    /** EIP-1559: max fee and priority fee. */
    DYNAMIC_FEE(2, "EIP-1559 (dynamic fee)");

    private final int code;
    private final String label;

    TxType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String hex() {
        return "0x" + code;
    }

    public static TxType ofCode(int code) {
        for (TxType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("type " + code);
    }
}
