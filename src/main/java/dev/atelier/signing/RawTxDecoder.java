package dev.atelier.signing;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * Reads raw transactions back (web3j's RLP decoder, then strict checks: one canonical RLP item,
 * the right number of fields, integers without leading zeros, 20-byte addresses), recovering the
 * sender from the signature. Also reads the unsigned payloads an ERC-4527 request carries.
 */
public final class RawTxDecoder {
    public static final int MAX_RAW_BYTES = TxRequestParser.MAX_DATA_BYTES + 4096;

    private RawTxDecoder() {
    }

    /** A decoded signed transaction. {@code chainId} 0 means a pre-EIP-155 legacy transaction (replayable). */
    public record Decoded(TxRequest tx, Signature signature, byte[] hash, boolean replayProtected) {
        public Address from() {
            return tx.from();
        }
    }

    public static Decoded decodeSigned(byte[] raw) {
        if (raw.length == 0) {
            throw new AtelierException("The transaction is empty.");
        }
        if (raw.length > MAX_RAW_BYTES) {
            throw new AtelierException("The transaction is " + raw.length + " bytes; at most " + MAX_RAW_BYTES + " are accepted.");
        }
        int first = raw[0] & 0xff;
        if (first >= 0xc0) {
            return legacySigned(raw);
        }
        if (first == 1 || first == 2) {
            TxType type = TxType.ofCode(first);
            List<RlpType> f = items(Arrays.copyOfRange(raw, 1, raw.length));
            int n = type == TxType.DYNAMIC_FEE ? 12 : 11;
            if (f.size() != n) {
                throw new AtelierException("A signed type " + type.hex() + " transaction has " + n + " fields; this one has " + f.size() + ".");
            }
            TxRequest unsigned = typedFields(type, f.subList(0, n - 3));
            int parity = uint(f.get(n - 3), "yParity", 1).intValueExact();
            if (parity > 1) {
                throw new AtelierException("yParity is " + parity + "; it must be 0 or 1.");
            }
            Signature sig = signature(f.get(n - 2), f.get(n - 1), parity);
            return withSender(unsigned, sig, raw, true);
        }
        if (first == 3 || first == 4) {
            throw new AtelierException("This is a type 0x" + first + (first == 3 ? " (blob)" : " (EIP-7702)")
                    + " transaction; Atelier decodes types 0x0, 0x1 and 0x2.");
        }
        throw new AtelierException("Not a raw transaction: it starts with 0x" + String.format("%02x", first)
                + " (expected an RLP list or a type byte 0x01/0x02).");
    }

    /**
     * An unsigned payload as ERC-4527 carries it: a typed transaction {@code 0x01/0x02 || rlp([...])}
     * or a legacy {@code rlp([nonce, gasPrice, gas, to, value, data])}, optionally followed by
     * {@code chainId, 0, 0} (EIP-155) or by three empty fields. The chain id comes from the request.
     */
    public static TxRequest decodeUnsigned(byte[] payload, long requestChainId) {
        if (payload.length == 0 || payload.length > MAX_RAW_BYTES) {
            throw new AtelierException("The unsigned transaction is " + payload.length + " bytes.");
        }
        int first = payload[0] & 0xff;
        if (first == 1 || first == 2) {
            TxType type = TxType.ofCode(first);
            List<RlpType> f = items(Arrays.copyOfRange(payload, 1, payload.length));
            int n = type == TxType.DYNAMIC_FEE ? 9 : 8;
            if (f.size() != n) {
                throw new AtelierException("An unsigned type " + type.hex() + " transaction has " + n + " fields; this one has " + f.size() + ".");
            }
            TxRequest tx = typedFields(type, f);
            if (tx.chainId() != requestChainId) {
                throw new AtelierException("The transaction is for chainId " + tx.chainId() + " but the request says "
                        + requestChainId + "; refusing the contradiction.");
            }
            return tx;
        }
        if (first < 0xc0) {
            throw new AtelierException("Not an unsigned transaction: it starts with 0x" + String.format("%02x", first) + ".");
        }
        List<RlpType> f = items(payload);
        if (f.size() != 6 && f.size() != 9) {
            throw new AtelierException("An unsigned legacy transaction has 6 or 9 fields; this one has " + f.size() + ".");
        }
        if (f.size() == 9) {
            BigInteger c = uint(f.get(6), "chainId", 8);
            if (c.signum() != 0 && c.longValueExact() != requestChainId) {
                throw new AtelierException("The transaction is for chainId " + c + " but the request says "
                        + requestChainId + "; refusing the contradiction.");
            }
            if (uint(f.get(7), "r", 32).signum() != 0 || uint(f.get(8), "s", 32).signum() != 0) {
                throw new AtelierException("The unsigned legacy transaction already carries a signature.");
            }
        }
        return legacyFields(f, requestChainId);
    }

    private static Decoded legacySigned(byte[] raw) {
        List<RlpType> f = items(raw);
        if (f.size() != 9) {
            throw new AtelierException("A signed legacy transaction has 9 fields; this one has " + f.size() + ".");
        }
        BigInteger v = uint(f.get(6), "v", 9);
        long chainId;
        int parity;
        boolean protectedTx;
        if (v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28))) {
            chainId = 0;
            parity = v.intValueExact() - 27;
            protectedTx = false;
        } else if (v.compareTo(BigInteger.valueOf(37)) >= 0) {
            BigInteger c = v.subtract(BigInteger.valueOf(35)).shiftRight(1);
            if (c.compareTo(BigInteger.valueOf(TxRequestParser.MAX_CHAIN_ID)) > 0) {
                throw new AtelierException("v = " + v + " implies a chain id larger than EIP-155 allows.");
            }
            chainId = c.longValueExact();
            parity = v.subtract(BigInteger.valueOf(35)).testBit(0) ? 1 : 0;
            protectedTx = true;
        } else {
            throw new AtelierException("v = " + v + " is neither 27/28 nor an EIP-155 value (chainId·2 + 35/36).");
        }
        TxRequest unsigned = legacyFields(f.subList(0, 6), chainId);
        Signature sig = signature(f.get(7), f.get(8), parity);
        return withSender(unsigned, sig, raw, protectedTx);
    }

    private static Decoded withSender(TxRequest unsigned, Signature sig, byte[] raw, boolean protectedTx) {
        byte[] hash;
        if (protectedTx) {
            hash = TxEncoder.signingHash(unsigned);
        } else {
            List<RlpType> six = new ArrayList<>(items(raw).subList(0, 6));
            hash = dev.atelier.crypto.Keccak.hash256(RlpEncoder.encode(new RlpList(six)));
        }
        Address from;
        try {
            from = Secp256k1.recoverAddress(hash, sig);
        } catch (IllegalArgumentException e) {
            throw new AtelierException("The signature does not recover a sender: the transaction is damaged.", e);
        }
        return new Decoded(unsigned.withFrom(from), sig, dev.atelier.crypto.Keccak.hash256(raw), protectedTx);
    }

    private static TxRequest legacyFields(List<RlpType> f, long chainId) {
        return new TxRequest(TxType.LEGACY, chainId, uint(f.get(0), "nonce", 8), null, to(f.get(3)),
                uint(f.get(4), "value", 32), bytes(f.get(5), "data"), uint(f.get(2), "gas", 8),
                uint(f.get(1), "gasPrice", 32), null, null, List.of());
    }

    private static TxRequest typedFields(TxType type, List<RlpType> f) {
        BigInteger chain = uint(f.get(0), "chainId", 8);
        if (chain.signum() == 0 || chain.compareTo(BigInteger.valueOf(TxRequestParser.MAX_CHAIN_ID)) > 0) {
            throw new AtelierException("chainId " + chain + " is out of range.");
        }
        BigInteger nonce = uint(f.get(1), "nonce", 8);
        int i = 2;
        BigInteger gasPrice = null;
        BigInteger priority = null;
        BigInteger maxFee = null;
        if (type == TxType.DYNAMIC_FEE) {
            priority = uint(f.get(i++), "maxPriorityFeePerGas", 32);
            maxFee = uint(f.get(i++), "maxFeePerGas", 32);
        } else {
            gasPrice = uint(f.get(i++), "gasPrice", 32);
        }
        BigInteger gas = uint(f.get(i++), "gas", 8);
        dev.atelier.crypto.Address to = to(f.get(i++));
        BigInteger value = uint(f.get(i++), "value", 32);
        byte[] data = bytes(f.get(i++), "data");
        List<AccessListEntry> al = accessList(f.get(i));
        return new TxRequest(type, chain.longValueExact(), nonce, null, to, value, data, gas, gasPrice, maxFee, priority, al);
    }

    private static List<AccessListEntry> accessList(RlpType t) {
        if (!(t instanceof RlpList list)) {
            throw new AtelierException("accessList must be an RLP list.");
        }
        List<AccessListEntry> out = new ArrayList<>();
        for (RlpType e : list.getValues()) {
            if (!(e instanceof RlpList pair) || pair.getValues().size() != 2 || !(pair.getValues().get(1) instanceof RlpList keys)) {
                throw new AtelierException("An accessList entry must be [address, [storageKeys...]].");
            }
            byte[] a = bytes(pair.getValues().get(0), "accessList address");
            if (a.length != 20) {
                throw new AtelierException("An accessList address must be 20 bytes.");
            }
            List<byte[]> ks = new ArrayList<>();
            for (RlpType k : keys.getValues()) {
                byte[] kb = bytes(k, "storage key");
                if (kb.length != 32) {
                    throw new AtelierException("A storage key must be 32 bytes.");
                }
                ks.add(kb);
            }
            out.add(new AccessListEntry(Address.of(a), ks));
        }
        return out;
    }

    private static Signature signature(RlpType r, RlpType s, int parity) {
        BigInteger rv = uint(r, "r", 32);
        BigInteger sv = uint(s, "s", 32);
        if (rv.signum() == 0 || sv.signum() == 0 || rv.compareTo(Secp256k1.N) >= 0 || sv.compareTo(Secp256k1.N) >= 0) {
            throw new AtelierException("The signature values r/s are out of range: the transaction is damaged.");
        }
        if (sv.compareTo(Secp256k1.N.shiftRight(1)) > 0) {
            // EIP-2 (Homestead): s above n/2 is invalid. Such a transaction was altered (s flipped to n - s)
            // or made by a signer that does not normalise; no node accepts it.
            throw new AtelierException("The signature's s is in the upper half of the curve order, which Ethereum has "
                    + "refused since EIP-2 (Homestead): the transaction was altered or made by a faulty signer.");
        }
        return new Signature(rv, sv, parity);
    }

    private static Address to(RlpType t) {
        byte[] b = bytes(t, "to");
        if (b.length == 0) {
            return null;
        }
        if (b.length != 20) {
            throw new AtelierException("to must be empty or 20 bytes, got " + b.length + ".");
        }
        return Address.of(b);
    }

    private static byte[] bytes(RlpType t, String field) {
        if (!(t instanceof RlpString s)) {
            throw new AtelierException(field + " must be an RLP string, not a list.");
        }
        return s.getBytes();
    }

    private static BigInteger uint(RlpType t, String field, int maxBytes) {
        byte[] b = bytes(t, field);
        if (b.length > maxBytes) {
            throw new AtelierException(field + " is " + b.length + " bytes; at most " + maxBytes + " are allowed.");
        }
        if (b.length > 0 && b[0] == 0) {
            throw new AtelierException(field + " has a leading zero byte: not a canonical RLP integer.");
        }
        return new BigInteger(1, b);
    }

    /** A transaction nests lists four deep at most: [fields..., accessList[[address, [storageKeys]]]]. */
    static final int MAX_RLP_DEPTH = 4;

    private static List<RlpType> items(byte[] rlp) {
        checkShape(rlp);
        RlpList top;
        try {
            top = RlpDecoder.decode(rlp);
        } catch (RuntimeException e) {
            throw new AtelierException("The transaction is not valid RLP: it is truncated or damaged.", e);
        }
        if (top.getValues().size() != 1 || !(top.getValues().get(0) instanceof RlpList list)) {
            throw new AtelierException("The transaction must be exactly one RLP list.");
        }
        byte[] again;
        try {
            again = RlpEncoder.encode(list);
        } catch (RuntimeException e) {
            throw new AtelierException("The transaction is not valid RLP.", e);
        }
        if (!Arrays.equals(again, rlp)) {
            throw new AtelierException("The transaction is not canonical RLP (extra bytes or non-minimal lengths).");
        }
        return list.getValues();
    }

    /**
     * Walks the RLP structure without building it, before web3j's recursive decoder sees it:
     * refuses lists nested deeper than {@link #MAX_RLP_DEPTH} (a crafted 130 KB payload nests
     * thousands deep and overflows the stack), lengths that run past their container, and bytes
     * after the top-level item.
     */
    static void checkShape(byte[] rlp) {
        if (rlp.length == 0 || walk(rlp, 0, rlp.length, 0) != rlp.length) {
            throw new AtelierException("The transaction is not valid RLP: it has bytes after its end.");
        }
    }

    private static int walk(byte[] b, int pos, int end, int depth) {
        if (pos >= end) {
            throw truncated();
        }
        int prefix = b[pos] & 0xff;
        if (prefix < 0x80) {
            return pos + 1;
        }
        boolean list = prefix >= 0xc0;
        int shortBase = list ? 0xc0 : 0x80;
        long len;
        int start;
        if (prefix <= shortBase + 55) {
            len = prefix - shortBase;
            start = pos + 1;
        } else {
            int lenOfLen = prefix - shortBase - 55;
            if (lenOfLen > 4 || pos + 1 + lenOfLen > end) {
                throw truncated();
            }
            len = 0;
            for (int i = 0; i < lenOfLen; i++) {
                len = (len << 8) | (b[pos + 1 + i] & 0xff);
            }
            start = pos + 1 + lenOfLen;
        }
        if (start + len > end) {
            throw truncated();
        }
        int stop = (int) (start + len);
        if (list) {
            if (depth + 1 > MAX_RLP_DEPTH) {
                throw new AtelierException("The transaction nests RLP lists more than " + MAX_RLP_DEPTH
                        + " deep; no transaction does. It is damaged or crafted.");
            }
            for (int p = start; p < stop; ) {
                p = walk(b, p, stop, depth + 1);
            }
        }
        return stop;
    }

    private static AtelierException truncated() {
        return new AtelierException("The transaction is not valid RLP: it is truncated or damaged.");
    }
}
