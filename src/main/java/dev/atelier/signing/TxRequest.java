package dev.atelier.signing;

import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A transaction to sign, validated: every field the network commits to is present and in range.
 * {@code from} is optional (the signer may be chosen elsewhere); {@code to} is absent for a
 * contract creation. Fee fields: {@code gasPrice} for types 0 and 1, {@code maxFeePerGas} and
 * {@code maxPriorityFeePerGas} for type 2 (the others are null).
 */
public record TxRequest(TxType type, long chainId, BigInteger nonce, Address from, Address to, BigInteger value,
                        byte[] data, BigInteger gas, BigInteger gasPrice, BigInteger maxFeePerGas,
                        BigInteger maxPriorityFeePerGas, List<AccessListEntry> accessList) {
    public TxRequest {
        data = data.clone();
        accessList = List.copyOf(accessList);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The data without a defensive copy, for encoders inside this package. */
    byte[] dataUnsafe() {
        return data;
    }

    public Optional<Address> fromAddress() {
        return Optional.ofNullable(from);
    }

    public boolean isContractCreation() {
        return to == null;
    }

    /** The most this transaction can cost in fees: gas × (gas price or max fee per gas). */
    public BigInteger feeCeiling() {
        return gas.multiply(type == TxType.DYNAMIC_FEE ? maxFeePerGas : gasPrice);
    }

    /** Value plus fee ceiling: what the sender must hold for the transaction to be valid. */
    public BigInteger maxCost() {
        return value.add(feeCeiling());
    }

    /** The same transaction, signed by {@code sender}. */
    public TxRequest withFrom(Address sender) {
        return new TxRequest(type, chainId, nonce, sender, to, value, data, gas, gasPrice, maxFeePerGas,
                maxPriorityFeePerGas, accessList);
    }
}
