package dev.atelier.signing;

import dev.atelier.crypto.Keccak;
import dev.atelier.crypto.Signature;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * The bytes a transaction commits to, with web3j's RLP encoder:
 * <ul>
 *   <li>legacy (EIP-155): {@code rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])} is
 *       signed; the raw transaction puts {@code v = chainId·2 + 35 + yParity, r, s} in the last three;</li>
 *   <li>EIP-2930: {@code 0x01 || rlp([chainId, nonce, gasPrice, gas, to, value, data, accessList])},
 *       signed form appends {@code yParity, r, s};</li>
 *   <li>EIP-1559: {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to,
 *       value, data, accessList])}, signed form appends {@code yParity, r, s}.</li>
 * </ul>
 */
public final class TxEncoder {
    private TxEncoder() {
    }

    /** What the signature covers (the preimage of the signing hash). */
    public static byte[] unsignedPayload(TxRequest tx) {
        return switch (tx.type()) {
            case LEGACY -> {
                List<RlpType> f = common(tx);
                f.add(RlpString.create(BigInteger.valueOf(tx.chainId())));
                f.add(RlpString.create(BigInteger.ZERO));
                f.add(RlpString.create(BigInteger.ZERO));
                yield RlpEncoder.encode(new RlpList(f));
            }
            case ACCESS_LIST, DYNAMIC_FEE -> typed(tx, typedFields(tx));
        };
    }

    /** keccak256 of the unsigned payload: the 32 bytes the key signs. */
    public static byte[] signingHash(TxRequest tx) {
        return Keccak.hash256(unsignedPayload(tx));
    }

    /** The raw signed transaction, ready for {@code eth_sendRawTransaction}. */
    public static byte[] signed(TxRequest tx, Signature sig) {
        return switch (tx.type()) {
            case LEGACY -> {
                List<RlpType> f = common(tx);
                BigInteger v = BigInteger.valueOf(tx.chainId()).shiftLeft(1).add(BigInteger.valueOf(35L + sig.recoveryId()));
                f.add(RlpString.create(v));
                f.add(RlpString.create(sig.r()));
                f.add(RlpString.create(sig.s()));
                yield RlpEncoder.encode(new RlpList(f));
            }
            case ACCESS_LIST, DYNAMIC_FEE -> {
                List<RlpType> f = typedFields(tx);
                f.add(RlpString.create(BigInteger.valueOf(sig.recoveryId())));
                f.add(RlpString.create(sig.r()));
                f.add(RlpString.create(sig.s()));
                yield typed(tx, f);
            }
        };
    }

    private static List<RlpType> common(TxRequest tx) {
        List<RlpType> f = new ArrayList<>(9);
        f.add(RlpString.create(tx.nonce()));
        f.add(RlpString.create(tx.gasPrice()));
        f.add(RlpString.create(tx.gas()));
        f.add(to(tx));
        f.add(RlpString.create(tx.value()));
        f.add(RlpString.create(tx.dataUnsafe()));
        return f;
    }

    private static List<RlpType> typedFields(TxRequest tx) {
        List<RlpType> f = new ArrayList<>(12);
        f.add(RlpString.create(BigInteger.valueOf(tx.chainId())));
        f.add(RlpString.create(tx.nonce()));
        if (tx.type() == TxType.DYNAMIC_FEE) {
            f.add(RlpString.create(tx.maxPriorityFeePerGas()));
            f.add(RlpString.create(tx.maxFeePerGas()));
        } else {
            f.add(RlpString.create(tx.gasPrice()));
        }
        f.add(RlpString.create(tx.gas()));
        f.add(to(tx));
        f.add(RlpString.create(tx.value()));
        f.add(RlpString.create(tx.dataUnsafe()));
        f.add(accessList(tx.accessList()));
        return f;
    }

    private static byte[] typed(TxRequest tx, List<RlpType> fields) {
        byte[] body = RlpEncoder.encode(new RlpList(fields));
        byte[] out = new byte[body.length + 1];
        out[0] = (byte) tx.type().code();
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    private static RlpType to(TxRequest tx) {
        return tx.to() == null ? RlpString.create(new byte[0]) : RlpString.create(tx.to().toBytes());
    }

    private static RlpList accessList(List<AccessListEntry> list) {
        List<RlpType> entries = new ArrayList<>(list.size());
        for (AccessListEntry e : list) {
            List<RlpType> keys = new ArrayList<>(e.storageKeys().size());
            for (byte[] k : e.storageKeys()) {
                keys.add(RlpString.create(k));
            }
            entries.add(new RlpList(RlpString.create(e.address().toBytes()), new RlpList(keys)));
        }
        return new RlpList(entries);
    }
}
