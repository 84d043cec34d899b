package dev.atelier.signing.qr;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.UnicodeString;
import co.nstant.in.cbor.model.UnsignedInteger;
import dev.atelier.common.AtelierException;

/**
 * ERC-4527 {@code eth-signature}: {1: request-id (tag 37), 2: signature, 3: origin}. The signature is
 * r || s || v where v follows what the watch-only wallet rebuilds: chainId·2 + 35 + parity (EIP-155,
 * big-endian, may take more than one byte) for legacy transactions, the parity (0/1) for typed
 * transactions, 27 + parity for messages and typed data.
 */
public record EthSignature(byte[] requestId, byte[] signature, String origin) {
    public static final String UR_TYPE = "eth-signature";

    public byte[] toCbor() {
        Map map = new Map();
        if (requestId != null) {
            ByteString id = new ByteString(requestId);
            id.setTag(37);
            map.put(new UnsignedInteger(1), id);
        }
        map.put(new UnsignedInteger(2), new ByteString(signature));
        if (origin != null && !origin.isEmpty()) {
            map.put(new UnsignedInteger(3), new UnicodeString(origin));
        }
        return EthSignRequest.Cbor.encode(map);
    }

    public static EthSignature fromCbor(byte[] cbor) {
        Map map = EthSignRequest.Cbor.map(cbor, "eth-signature");
        DataItem id = map.get(new UnsignedInteger(1));
        DataItem sig = map.get(new UnsignedInteger(2));
        if (sig == null) {
            throw new AtelierException("The eth-signature has no signature.");
        }
        DataItem o = map.get(new UnsignedInteger(3));
        return new EthSignature(id == null ? null : EthSignRequest.Cbor.bytes(id, "request-id"),
                EthSignRequest.Cbor.bytes(sig, "signature"), o instanceof UnicodeString u ? u.getString() : "");
    }
}
