package dev.atelier.chain.tx;

import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import java.math.BigInteger;
import java.time.Duration;

/** One signed call to a contract through the queue: plan, sign, queue, broadcast, wait for the receipt. */
public final class ContractCall {
    private ContractCall() {
    }

    public static TxEntry send(Networks networks, TxQueue queue, Network network, Signer from, Address contract, String data,
                               String label, Duration wait, ProgressSink progress) {
        var rpc = networks.rpc(network);
        PlannedTx plan = new TxPlanner(queue).plan(network, rpc, from.address(), contract, BigInteger.ZERO, data, "normal");
        TxEntry e = queue.enqueue(network, PlanSigner.sign(plan, from), label);
        queue.drain(network, java.util.List.of(e.id()), wait, progress);
        TxEntry done = queue.store().byId(e.id()).orElseThrow();
        if (done.status() == TxStatus.REVERTED) {
            throw new AtelierException(label + ": the contract refused it (reverted); nothing changed.");
        }
        if (done.status() != TxStatus.MINED) {
            throw new AtelierException(label + " is " + done.status().label().toLowerCase() + "; it stays in the queue ("
                    + done.shortHash() + ").");
        }
        return done;
    }
}
