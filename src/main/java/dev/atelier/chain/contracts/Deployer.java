package dev.atelier.chain.contracts;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.tx.PlanSigner;
import dev.atelier.chain.tx.PlannedTx;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxPlanner;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * Deploys a template contract from an account: plans (nonce, gas, fees), signs, writes the signed
 * transaction to the queue, broadcasts it and waits for the receipt. The deployment is a queue row
 * like any other, so a crash or a dead node never deploys twice.
 */
public final class Deployer {
    /** What a collection needs to be deployed: name, symbol, owner, royalty; {@code uriTemplate} for ERC-1155. */
    public record Spec(ContractTemplate template, String name, String symbol, Address owner, Address royaltyReceiver,
                       int royaltyBps, String uriTemplate) {
    }

    public record Deployment(Address contract, TxEntry tx) {
    }

    private final Networks networks;
    private final TxQueue queue;

    public Deployer(Networks networks, TxQueue queue) {
        this.networks = networks;
        this.queue = queue;
    }

    @SuppressWarnings("rawtypes")
    public static String deployData(Spec s) {
        if (s.royaltyBps() < 0 || s.royaltyBps() > 10_000) {
            throw new AtelierException("A royalty is between 0 and 10000 basis points.");
        }
        org.web3j.abi.datatypes.Address owner = new org.web3j.abi.datatypes.Address(s.owner().toLowerHex());
        org.web3j.abi.datatypes.Address receiver = new org.web3j.abi.datatypes.Address(
                (s.royaltyReceiver() == null ? Address.of(new byte[20]) : s.royaltyReceiver()).toLowerHex());
        Uint96 bps = new Uint96(BigInteger.valueOf(s.royaltyReceiver() == null ? 0 : s.royaltyBps()));
        List<Type> args = s.template() == ContractTemplate.ERC721
                ? List.of(new Utf8String(s.name()), new Utf8String(s.symbol()), owner, receiver, bps)
                : List.of(new Utf8String(s.name()), new Utf8String(s.symbol()), new Utf8String(s.uriTemplate() == null ? "" : s.uriTemplate()),
                        owner, receiver, bps);
        return s.template().deployData(args);
    }

    public Deployment deploy(Network network, Spec spec, Signer from, Duration wait, ProgressSink progress) {
        EthRpc rpc = networks.rpc(network);
        progress.message("Planning the deployment");
        PlannedTx plan = new TxPlanner(queue).plan(network, rpc, from.address(), null, BigInteger.ZERO, deployData(spec), "normal");
        TxEntry e = queue.enqueue(network, PlanSigner.sign(plan, from), "deploy " + spec.template().contractName() + " \"" + spec.name() + "\"");
        progress.message("Waiting for the deployment to be mined");
        queue.drain(network, java.util.List.of(e.id()), wait, progress);
        TxEntry done = queue.store().byId(e.id()).orElseThrow();
        if (done.status() == TxStatus.MINED && done.contractAddress() != null) {
            return new Deployment(Address.parse(done.contractAddress()), done);
        }
        if (done.status() == TxStatus.REVERTED) {
            throw new AtelierException("The deployment " + done.shortHash() + " was mined but failed (reverted). Nothing was deployed.");
        }
        throw new AtelierException("The deployment " + done.hash() + " is " + done.status().label().toLowerCase()
                + " and not mined yet. It stays in the queue: follow it with 'atelier tx status " + done.hash() + "'.");
    }
}
