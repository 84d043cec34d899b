package dev.atelier.signing.qr;

import co.nstant.in.cbor.CborDecoder;
import co.nstant.in.cbor.CborEncoder;
import co.nstant.in.cbor.CborException;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.MajorType;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.UnicodeString;
import co.nstant.in.cbor.model.UnsignedInteger;
import com.sparrowwallet.hummingbird.registry.CryptoKeypath;
import com.sparrowwallet.hummingbird.registry.pathcomponent.IndexPathComponent;
import com.sparrowwallet.hummingbird.registry.pathcomponent.PathComponent;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * ERC-4527 {@code eth-sign-request}: a watch-only wallet's request to an offline signer, CBOR map
 * {1: request-id (tag 37 UUID bytes), 2: sign-data, 3: data-type, 4: chain-id, 5: derivation-path
 * (tag 304 crypto-keypath), 6: address, 7: origin}. Hummingbird ships the keypath type, not this
 * one; docs/decisions/0010.
 */
public record EthSignRequest(byte[] requestId, byte[] signData, DataType dataType, long chainId, String derivationPath,
                             byte[] sourceFingerprint, Address address, String origin) {
    public static final String UR_TYPE = "eth-sign-request";
    static final int MAX_CBOR_BYTES = 256 * 1024;

    /** What {@code sign-data} holds. */
    public enum DataType {
        /** RLP of an unsigned legacy transaction. */
        TRANSACTION(1),
        /** UTF-8 JSON of EIP-712 typed data. */
        TYPED_DATA(2),
        /** Bytes to sign as an EIP-191 personal message. */
        RAW_BYTES(3),
        /** An unsigned EIP-2718 typed transaction (0x01 / 0x02 || RLP). */
        TYPED_TRANSACTION(4);

        final int code;

        DataType(int code) {
            this.code = code;
        }

        static DataType of(long code) {
            for (DataType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            throw new AtelierException("The ERC-4527 request has an unknown data type " + code + ".");
        }
    }

    /** The request id as a UUID string, when present. */
    public String requestIdText() {
        if (requestId == null || requestId.length != 16) {
            return "";
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(requestId);
        return new UUID(b.getLong(), b.getLong()).toString();
    }

    public static EthSignRequest fromCbor(byte[] cbor) {
        if (cbor.length > MAX_CBOR_BYTES) {
            throw new AtelierException("The ERC-4527 request is larger than " + MAX_CBOR_BYTES + " bytes.");
        }
        Map map = Cbor.map(cbor, "eth-sign-request");
        byte[] id = null;
        DataItem idItem = map.get(new UnsignedInteger(1));
        if (idItem != null) {
            id = Cbor.bytes(idItem, "request-id");
            if (id.length != 16) {
                throw new AtelierException("The ERC-4527 request id must be a 16-byte UUID.");
            }
        }
        DataItem data = map.get(new UnsignedInteger(2));
        if (data == null) {
            throw new AtelierException("The ERC-4527 request has no sign-data.");
        }
        DataItem type = map.get(new UnsignedInteger(3));
        DataType dataType = type == null ? DataType.TRANSACTION : DataType.of(Cbor.uint(type, "data-type"));
        DataItem chain = map.get(new UnsignedInteger(4));
        long chainId = chain == null ? 1 : Cbor.uint(chain, "chain-id");
        if (chainId <= 0) {
            throw new AtelierException("The ERC-4527 request's chain-id must be positive.");
        }
        DataItem pathItem = map.get(new UnsignedInteger(5));
        if (pathItem == null) {
            throw new AtelierException("The ERC-4527 request has no derivation-path.");
        }
        CryptoKeypath keypath;
        try {
            keypath = CryptoKeypath.fromCbor(pathItem);
        } catch (RuntimeException e) {
            throw new AtelierException("The ERC-4527 request's derivation path is malformed.", e);
        }
        Address address = null;
        DataItem a = map.get(new UnsignedInteger(6));
        if (a != null) {
            byte[] ab = Cbor.bytes(a, "address");
            if (ab.length != 20) {
                throw new AtelierException("The ERC-4527 request's address must be 20 bytes.");
            }
            address = Address.of(ab);
        }
        DataItem o = map.get(new UnsignedInteger(7));
        String origin = o instanceof UnicodeString u ? u.getString() : "";
        return new EthSignRequest(id, Cbor.bytes(data, "sign-data"), dataType, chainId, "m/" + keypath.getPath(),
                keypath.getSourceFingerprint(), address, origin);
    }

    /** The CBOR encoding (used to make requests in tests and tools). */
    public byte[] toCbor() {
        Map map = new Map();
        if (requestId != null) {
            ByteString id = new ByteString(requestId);
            id.setTag(37);
            map.put(new UnsignedInteger(1), id);
        }
        map.put(new UnsignedInteger(2), new ByteString(signData));
        map.put(new UnsignedInteger(3), new UnsignedInteger(dataType.code));
        map.put(new UnsignedInteger(4), new UnsignedInteger(BigInteger.valueOf(chainId)));
        DataItem path = keypath().toCbor();
        path.setTag(304);
        map.put(new UnsignedInteger(5), path);
        if (address != null) {
            map.put(new UnsignedInteger(6), new ByteString(address.toBytes()));
        }
        if (origin != null && !origin.isEmpty()) {
            map.put(new UnsignedInteger(7), new UnicodeString(origin));
        }
        return Cbor.encode(map);
    }

    private CryptoKeypath keypath() {
        List<PathComponent> parts = new ArrayList<>();
        String p = derivationPath.startsWith("m/") ? derivationPath.substring(2) : derivationPath;
        for (String c : p.split("/")) {
            boolean hardened = c.endsWith("'") || c.endsWith("h");
            parts.add(new IndexPathComponent(Integer.parseInt(hardened ? c.substring(0, c.length() - 1) : c), hardened));
        }
        return new CryptoKeypath(parts, sourceFingerprint);
    }

    /** Small CBOR helpers with bounded decoding and messages for the user. */
    static final class Cbor {
        private Cbor() {
        }

        static Map map(byte[] cbor, String what) {
            try {
                CborDecoder d = new CborDecoder(new ByteArrayInputStream(cbor));
                d.setMaxPreallocationSize(MAX_CBOR_BYTES);
                d.setRejectDuplicateKeys(true);
                List<DataItem> items = d.decode();
                if (items.size() != 1 || !(items.get(0) instanceof Map m)) {
                    throw new AtelierException("The " + what + " is not a single CBOR map.");
                }
                return m;
            } catch (CborException | RuntimeException e) {
                if (e instanceof AtelierException ae) {
                    throw ae;
                }
                throw new AtelierException("The " + what + " is not valid CBOR: it is truncated or damaged.", e);
            }
        }

        static byte[] bytes(DataItem item, String field) {
            if (!(item instanceof ByteString b)) {
                throw new AtelierException("The ERC-4527 field " + field + " must be a byte string.");
            }
            return b.getBytes();
        }

        static long uint(DataItem item, String field) {
            if (item.getMajorType() != MajorType.UNSIGNED_INTEGER) {
                throw new AtelierException("The ERC-4527 field " + field + " must be an unsigned integer.");
            }
            BigInteger v = ((UnsignedInteger) item).getValue();
            if (v.bitLength() > 62) {
                throw new AtelierException("The ERC-4527 field " + field + " is out of range.");
            }
            return v.longValue();
        }

        static byte[] encode(DataItem item) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new CborEncoder(out).encode(item);
            } catch (CborException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }
    }
}
