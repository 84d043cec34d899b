package dev.atelier.chain.tx;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;
import java.math.BigInteger;
import java.util.HexFormat;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.transaction.type.Transaction1559;
import org.web3j.crypto.transaction.type.Transaction2930;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * A signed raw transaction as broadcast: the exact bytes, its hash (keccak256 of the bytes), the
 * sender recovered from the signature, and the fields the queue needs (chain, nonce, fees). Decoded
 * with web3j's {@code TransactionDecoder} (legacy/EIP-155, EIP-2930, EIP-1559).
 *
 * @param maxFeePerGas the gas price for legacy and EIP-2930 transactions
 * @param maxPriorityFeePerGas equal to the gas price for legacy and EIP-2930 transactions
 */
public record SignedTx(String rawHex, String hash, Address from, long chainId, long nonce, Address to, BigInteger value,
                       BigInteger gasLimit, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas, String data, int type) {
    /** Nodes refuse transactions over 128 KiB (geth txMaxSize); so do we, before decoding. */
    public static final int MAX_BYTES = 128 * 1024;

    public static SignedTx parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || s.length() > MAX_BYTES * 2 || s.length() % 2 != 0 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new AtelierException("That is not a signed transaction: expected 0x followed by the hex bytes a signer "
                    + "produced (at most " + MAX_BYTES / 1024 + " KiB).");
        }
        byte[] bytes = HexFormat.of().parseHex(s);
        String raw = "0x" + s.toLowerCase(java.util.Locale.ROOT);
        RawTransaction decoded;
        try {
            decoded = TransactionDecoder.decode(raw);
        } catch (RuntimeException e) {
            throw new AtelierException("That is not a signed transaction Atelier can read (legacy, EIP-2930 or EIP-1559).", e);
        }
        if (!(decoded instanceof SignedRawTransaction signed) || signed.getSignatureData() == null) {
            throw new AtelierException("This transaction is not signed. Sign it first, then broadcast the result.");
        }
        TransactionType type = decoded.getType();
        if (type == TransactionType.EIP4844) {
            throw new AtelierException("Blob (EIP-4844) transactions are not supported.");
        }
        Address from;
        Long chainId;
        try {
            from = Address.parse(signed.getFrom());
            chainId = signed.getChainId();
        } catch (Exception e) {
            throw new AtelierException("The transaction's signature is invalid: no sender can be recovered from it.", e);
        }
        if (type == TransactionType.EIP1559) {
            chainId = ((Transaction1559) decoded.getTransaction()).getChainId();
        } else if (type == TransactionType.EIP2930) {
            chainId = ((Transaction2930) decoded.getTransaction()).getChainId();
        }
        if (chainId == null || chainId <= 0) {
            throw new AtelierException("This transaction has no chain id (it predates EIP-155) and could be replayed on "
                    + "any chain. Atelier does not broadcast it; sign it again with a chain id.");
        }
        BigInteger maxFee;
        BigInteger tip;
        if (type == TransactionType.EIP1559) {
            Transaction1559 t = (Transaction1559) decoded.getTransaction();
            maxFee = t.getMaxFeePerGas();
            tip = t.getMaxPriorityFeePerGas();
        } else {
            maxFee = decoded.getGasPrice();
            tip = decoded.getGasPrice();
        }
        BigInteger nonce = decoded.getNonce();
        if (nonce.bitLength() > 62) {
            throw new AtelierException("The transaction's nonce is out of range.");
        }
        String to = decoded.getTo();
        Address toAddress = to == null || to.isBlank() || to.equals("0x") ? null : Address.parse(normalizeTo(to));
        String hash = "0x" + HexFormat.of().formatHex(Keccak.hash256(bytes));
        String data = decoded.getData() == null ? "0x" : (decoded.getData().startsWith("0x") ? decoded.getData() : "0x" + decoded.getData());
        int typeByte = type == TransactionType.LEGACY ? 0 : type == TransactionType.EIP2930 ? 1 : 2;
        return new SignedTx(raw, hash, from, chainId, nonce.longValue(), toAddress, decoded.getValue(), decoded.getGasLimit(),
                maxFee, tip, data, typeByte);
    }

    public boolean isContractCreation() {
        return to == null;
    }

    private static String normalizeTo(String to) {
        String s = to.startsWith("0x") ? to.substring(2) : to;
        return "0x" + "0".repeat(Math.max(0, 40 - s.length())) + s;
    }
}
