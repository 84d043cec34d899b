package dev.atelier.chain.contracts;

import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * Calldata for the template contracts' write functions, and typed reads of their state, encoded
 * with web3j's ABI encoder. Every write is owner-only on chain; the functions here only build data.
 */
public final class TokenCalls {
    private TokenCalls() {
    }

    // ---- ERC-721 template ----

    public static String safeMint(Address to, BigInteger tokenId, String uri) {
        return encode("safeMint", addr(to), new Uint256(tokenId), new Utf8String(uri));
    }

    public static String safeMintBatch(Address to, List<BigInteger> tokenIds, List<String> uris) {
        if (tokenIds.size() != uris.size()) {
            throw new IllegalArgumentException("one URI per token id");
        }
        return encode("safeMintBatch", addr(to), uints(tokenIds), strings(uris));
    }

    public static String setTokenURI(BigInteger tokenId, String uri) {
        return encode("setTokenURI", new Uint256(tokenId), new Utf8String(uri));
    }

    public static String refreshMetadata(BigInteger fromTokenId, BigInteger toTokenId) {
        return encode("refreshMetadata", new Uint256(fromTokenId), new Uint256(toTokenId));
    }

    /** ERC-721 {@code safeTransferFrom(from, to, tokenId)}. */
    public static String transfer721(Address from, Address to, BigInteger tokenId) {
        return encode("safeTransferFrom", addr(from), addr(to), new Uint256(tokenId));
    }

    public static String burn721(BigInteger tokenId) {
        return encode("burn", new Uint256(tokenId));
    }

    // ---- ERC-1155 template ----

    public static String mint1155(Address to, BigInteger id, BigInteger amount, String uri) {
        return encode("mint", addr(to), new Uint256(id), new Uint256(amount), new Utf8String(uri));
    }

    /** {@code uris} empty = every id uses the collection's {id} template. */
    public static String mintBatch1155(Address to, List<BigInteger> ids, List<BigInteger> amounts, List<String> uris) {
        if (ids.size() != amounts.size() || !uris.isEmpty() && uris.size() != ids.size()) {
            throw new IllegalArgumentException("one amount (and none or one URI) per id");
        }
        return encode("mintBatch", addr(to), uints(ids), uints(amounts), strings(uris));
    }

    public static String setURI1155(BigInteger id, String uri) {
        return encode("setURI", new Uint256(id), new Utf8String(uri));
    }

    public static String transfer1155(Address from, Address to, BigInteger id, BigInteger amount) {
        return encode("safeTransferFrom", addr(from), addr(to), new Uint256(id), new Uint256(amount), new DynamicBytes(new byte[0]));
    }

    public static String burn1155(Address account, BigInteger id, BigInteger amount) {
        return encode("burn", addr(account), new Uint256(id), new Uint256(amount));
    }

    // ---- both ----

    public static String setDefaultRoyalty(Address receiver, int basisPoints) {
        checkBps(basisPoints);
        return encode("setDefaultRoyalty", addr(receiver), new Uint96(BigInteger.valueOf(basisPoints)));
    }

    public static String setTokenRoyalty(BigInteger tokenId, Address receiver, int basisPoints) {
        checkBps(basisPoints);
        return encode("setTokenRoyalty", new Uint256(tokenId), addr(receiver), new Uint96(BigInteger.valueOf(basisPoints)));
    }

    // ---- reads ----

    public static Address ownerOf(EthRpc rpc, Address contract, BigInteger tokenId) {
        return readAddress(rpc, contract, "ownerOf", new Uint256(tokenId));
    }

    public static String tokenURI(EthRpc rpc, Address contract, BigInteger tokenId) {
        return readString(rpc, contract, "tokenURI", new Uint256(tokenId));
    }

    public static String uri1155(EthRpc rpc, Address contract, BigInteger id) {
        return readString(rpc, contract, "uri", new Uint256(id));
    }

    public static BigInteger balanceOf1155(EthRpc rpc, Address contract, Address holder, BigInteger id) {
        return readUint(rpc, contract, "balanceOf", addr(holder), new Uint256(id));
    }

    public static BigInteger totalSupply(EthRpc rpc, Address contract, BigInteger id) {
        return readUint(rpc, contract, "totalSupply", new Uint256(id));
    }

    public static Address contractOwner(EthRpc rpc, Address contract) {
        return readAddress(rpc, contract, "owner");
    }

    /** EIP-2981 {@code royaltyInfo(tokenId, salePrice)}. */
    public record Royalty(Address receiver, BigInteger amount) {
    }

    public static Royalty royaltyInfo(EthRpc rpc, Address contract, BigInteger tokenId, BigInteger salePrice) {
        List<Type> out = read(rpc, contract, new Function("royaltyInfo", List.of(new Uint256(tokenId), new Uint256(salePrice)),
                List.of(new TypeReference<org.web3j.abi.datatypes.Address>() { }, new TypeReference<Uint256>() { })));
        return new Royalty(Address.parse(out.get(0).getValue().toString()), (BigInteger) out.get(1).getValue());
    }

    private static Address readAddress(EthRpc rpc, Address contract, String name, Type<?>... args) {
        List<Type> out = read(rpc, contract, new Function(name, List.of(args),
                List.of(new TypeReference<org.web3j.abi.datatypes.Address>() { })));
        return Address.parse(out.get(0).getValue().toString());
    }

    private static String readString(EthRpc rpc, Address contract, String name, Type<?>... args) {
        return (String) read(rpc, contract, new Function(name, List.of(args), List.of(new TypeReference<Utf8String>() { })))
                .get(0).getValue();
    }

    private static BigInteger readUint(EthRpc rpc, Address contract, String name, Type<?>... args) {
        return (BigInteger) read(rpc, contract, new Function(name, List.of(args), List.of(new TypeReference<Uint256>() { })))
                .get(0).getValue();
    }

    @SuppressWarnings("rawtypes")
    private static List<Type> read(EthRpc rpc, Address contract, Function f) {
        String result = rpc.call(contract, FunctionEncoder.encode(f));
        List<Type> out = FunctionReturnDecoder.decode(result, f.getOutputParameters());
        if (out.size() != f.getOutputParameters().size()) {
            throw new AtelierException("The contract at " + contract + " gave no answer to " + f.getName()
                    + ". Is it one of Atelier's templates on this network?");
        }
        return out;
    }

    @SuppressWarnings("rawtypes")
    private static String encode(String name, Type... args) {
        return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
    }

    private static org.web3j.abi.datatypes.Address addr(Address a) {
        return new org.web3j.abi.datatypes.Address(a.toLowerHex());
    }

    private static DynamicArray<Uint256> uints(List<BigInteger> values) {
        List<Uint256> l = new ArrayList<>(values.size());
        values.forEach(v -> l.add(new Uint256(v)));
        return new DynamicArray<>(Uint256.class, l);
    }

    private static DynamicArray<Utf8String> strings(List<String> values) {
        List<Utf8String> l = new ArrayList<>(values.size());
        values.forEach(v -> l.add(new Utf8String(v)));
        return new DynamicArray<>(Utf8String.class, l);
    }

    private static void checkBps(int bps) {
        if (bps < 0 || bps > 10_000) {
            throw new AtelierException("A royalty is between 0 and 10000 basis points (0 % to 100 %).");
        }
    }
}
