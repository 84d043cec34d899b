package dev.atelier.signing.qr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signature;
import dev.atelier.crypto.Signer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxEncoder;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxType;
import dev.atelier.signing.TypedData;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.vault.Account;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** ERC-4527: what an {@code eth-sign-request} asks to sign, which account signs it, and the answer. */
public final class Erc4527 {
    private Erc4527() {
    }

    /** The item to review and sign, decoded from {@code sign-data}. */
    public static SigningItem item(EthSignRequest r, Address signer) {
        return switch (r.dataType()) {
            case TRANSACTION, TYPED_TRANSACTION -> {
                TxRequest tx = RawTxDecoder.decodeUnsigned(r.signData(), r.chainId());
                boolean legacy = tx.type() == TxType.LEGACY;
                if (legacy != (r.dataType() == EthSignRequest.DataType.TRANSACTION)) {
                    throw new AtelierException("The ERC-4527 request says " + r.dataType() + " but carries a "
                            + tx.type().label() + " transaction; refusing the contradiction.");
                }
                yield new SigningItem.Tx(signer == null ? tx : tx.withFrom(signer));
            }
            case TYPED_DATA -> {
                JsonNode json = SigningFiles.parse(r.signData(), "The request's typed data");
                yield new SigningItem.Typed(signer, TypedData.parse(json));
            }
            case RAW_BYTES -> {
                SigningItem.Message m = new SigningItem.Message(signer, r.signData(), false);
                yield new SigningItem.Message(signer, r.signData(), m.text().isPresent());
            }
        };
    }

    /**
     * The vault account the request means: its {@code address} when given (the ERC recommends it),
     * else the account whose HD path equals the request's derivation path.
     */
    public static Address resolveAccount(EthSignRequest r, List<Account> accounts) {
        if (r.address() != null) {
            Optional<Account> a = accounts.stream().filter(x -> x.address().equals(r.address())).findFirst();
            if (a.isPresent() && a.get().derivationPath() != null
                    && !normalize(a.get().derivationPath()).equals(normalize(r.derivationPath()))) {
                throw new AtelierException("The request names " + r.address() + " with path " + r.derivationPath()
                        + ", but that account's path here is " + a.get().derivationPath() + "; refusing the contradiction.");
            }
            return r.address();
        }
        String want = normalize(r.derivationPath());
        return accounts.stream().filter(a -> a.derivationPath() != null && normalize(a.derivationPath()).equals(want))
                .map(Account::address).findFirst()
                .orElseThrow(() -> new AtelierException("No account in this vault has the path " + r.derivationPath()
                        + " the request asks for. Derive it on the Wallet screen first, or check the wallet is paired with this vault."));
    }

    /** Signs and answers with {@code eth-signature}. */
    public static EthSignature sign(EthSignRequest r, SigningItem item, Signer signer) {
        byte[] sig;
        if (item instanceof SigningItem.Tx t) {
            TxRequest tx = t.tx();
            Signature s = signer.signDigest(TxEncoder.signingHash(tx));
            BigInteger v = tx.type() == TxType.LEGACY
                    ? BigInteger.valueOf(tx.chainId()).shiftLeft(1).add(BigInteger.valueOf(35L + s.recoveryId()))
                    : BigInteger.valueOf(s.recoveryId());
            sig = concat(s.toBytes65(), v);
        } else if (item instanceof SigningItem.Message m) {
            sig = signer.signDigest(m.digest()).toBytes65();
        } else {
            sig = signer.signDigest(((SigningItem.Typed) item).data().digest()).toBytes65();
        }
        return new EthSignature(r.requestId(), sig, "Atelier");
    }

    private static byte[] concat(byte[] rsv, BigInteger v) {
        byte[] vb = v.toByteArray();
        int skip = vb.length > 1 && vb[0] == 0 ? 1 : 0;
        byte[] out = new byte[64 + vb.length - skip];
        System.arraycopy(rsv, 0, out, 0, 64);
        System.arraycopy(vb, skip, out, 64, vb.length - skip);
        return out;
    }

    private static String normalize(String path) {
        String p = path.strip().toLowerCase(Locale.ROOT).replace('h', '\'');
        return p.startsWith("m/") ? p : "m/" + p;
    }
}
