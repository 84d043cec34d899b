package dev.atelier.signing;

import dev.atelier.crypto.Address;
import dev.atelier.vault.Account;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns signing items into reviews: names the account, the network and the recipient, decodes
 * calls, and raises the warnings that make a user stop — a chain that is not the selected network
 * (refused), blind signing, approvals of everything or of huge amounts, permits, contract
 * creation, look-alike addresses and opaque messages.
 */
public final class Reviewer {
    /** approve() amounts from 2^96 up (≈ 7.9·10^28 base units) are treated as "huge". */
    static final BigInteger HUGE_AMOUNT = BigInteger.ONE.shiftLeft(96);
    /** Leading and trailing hex characters a look-alike shares with a known address. */
    static final int LOOKALIKE_CHARS = 3;

    private final ContactBook contacts;
    private final Known known;
    private final ChainDirectory chains;
    private final List<Account> accounts;
    private final long selectedChainId;
    private final CallDecoder decoder;

    public Reviewer(ContactBook contacts, ChainDirectory chains, List<Account> accounts, long selectedChainId) {
        this(contacts, chains, accounts, selectedChainId, CallDecoder.shipped());
    }

    public Reviewer(ContactBook contacts, ChainDirectory chains, List<Account> accounts, long selectedChainId,
                    CallDecoder decoder) {
        List<Contact> snapshot = List.copyOf(contacts.contacts());
        this.contacts = () -> snapshot;
        this.chains = chains;
        this.accounts = List.copyOf(accounts);
        this.known = new Known(snapshot, this.accounts);
        this.selectedChainId = selectedChainId;
        this.decoder = decoder;
    }

    public long selectedChainId() {
        return selectedChainId;
    }

    public ChainDirectory chains() {
        return chains;
    }

    /** "contact \"Alice\" 0x…", "your account \"Main\" 0x…", or the checksummed address. */
    public String describe(Address a) {
        return known.describe(a);
    }

    public Optional<Contact> contact(Address a) {
        return contacts.find(a);
    }

    /** @param account the signing account when the item does not name one (may be null) */
    public ItemReview review(int index, SigningItem item, Address account) {
        Address signer = item.from().orElse(account);
        String label = signer == null ? "" : accounts.stream().filter(a -> a.address().equals(signer))
                .map(Account::label).findFirst().orElse("");
        List<Warning> w = new ArrayList<>();
        if (item instanceof SigningItem.Tx t) {
            TxRequest tx = t.tx();
            CallDecoder.Result call = tx.isContractCreation() ? decoder.decodeDeploy(tx.dataUnsafe())
                    : decoder.decode(tx.dataUnsafe());
            txWarnings(tx, call, known, w);
            Optional<Contact> recipient = tx.to() == null ? Optional.empty() : contacts.find(tx.to());
            return new ItemReview(index, item, signer, label, tx.chainId(), chains.describe(tx.chainId()), recipient, call, w);
        }
        if (item instanceof SigningItem.Message m) {
            messageWarnings(m, w);
            return new ItemReview(index, item, signer, label, selectedChainId, chains.describe(selectedChainId),
                    Optional.empty(), null, w);
        }
        SigningItem.Typed td = (SigningItem.Typed) item;
        long chain = td.data().domainChainId().filter(c -> c.bitLength() < 63).map(BigInteger::longValue).orElse(selectedChainId);
        typedWarnings(td.data(), known, w);
        return new ItemReview(index, item, signer, label, chain, chains.describe(chain), Optional.empty(), null, w);
    }

    private void txWarnings(TxRequest tx, CallDecoder.Result call, Known known, List<Warning> w) {
        if (tx.chainId() != selectedChainId) {
            w.add(chainMismatch("transaction", tx.chainId()));
        }
        if (tx.gas().compareTo(BigInteger.valueOf(21_000)) < 0) {
            w.add(new Warning(Warning.Kind.GAS_TOO_LOW, Warning.Severity.CAUTION, "Gas limit below 21,000",
                    "Every transaction costs at least 21,000 gas; with a limit of " + tx.gas() + " the network will reject it."));
        }
        if (tx.isContractCreation()) {
            String what = call.outcome() == CallDecoder.Outcome.DECODED
                    ? "the " + call.call().standardLabel() + ", with the constructor arguments shown"
                    : "contract code that will be deployed";
            w.add(new Warning(Warning.Kind.CONTRACT_CREATION, Warning.Severity.CAUTION, "Deploys a new contract",
                    "There is no recipient: the " + tx.dataUnsafe().length + " bytes of data are " + what + "."));
        } else {
            known.check(tx.to(), "The recipient", w);
        }
        switch (call.outcome()) {
            case UNKNOWN_SELECTOR -> w.add(new Warning(Warning.Kind.BLIND_SIGNING, Warning.Severity.DANGER,
                    "Blind signing: unknown function " + call.selector(),
                    "Atelier cannot decode this call, so neither of us can see what it does. Approve only if you "
                            + "trust whoever made this request and know what the function " + call.selector() + " does."));
            case MALFORMED -> w.add(new Warning(Warning.Kind.BLIND_SIGNING, Warning.Severity.DANGER,
                    "Blind signing: calldata does not match " + call.selector(),
                    "The selector is " + decoder.candidates(call.selector()).get(0).display()
                            + " but the arguments are not its standard encoding, so they cannot be shown faithfully."));
            case DECODED -> callWarnings(call.call(), tx.to(), known, w);
            default -> {
            }
        }
    }

    private void callWarnings(DecodedCall call, Address contract, Known known, List<Warning> w) {
        String target = contract == null ? "the contract" : known.describe(contract);
        switch (call.name()) {
            case "setApprovalForAll" -> {
                if (Boolean.TRUE.equals(call.arg(1).map(DecodedArg::value).orElse(false))) {
                    Address op = (Address) call.arg(0).orElseThrow().value();
                    w.add(new Warning(Warning.Kind.APPROVAL_FOR_ALL, Warning.Severity.DANGER,
                            "Approves an operator for ALL your tokens",
                            known.describe(op) + " will be able to transfer every token you hold in the collection at " + target
                                    + ", now and in the future, until you revoke it."));
                }
            }
            case "approve", "increaseAllowance" -> {
                if (call.args().size() == 2 && call.arg(1).orElseThrow().value() instanceof BigInteger amount
                        && amount.compareTo(HUGE_AMOUNT) >= 0 && call.standards().contains("ERC-20")) {
                    Address spender = (Address) call.arg(0).orElseThrow().value();
                    w.add(new Warning(Warning.Kind.LARGE_APPROVAL, Warning.Severity.DANGER,
                            amount.equals(Quantity.UINT256_MAX) ? "Unlimited token approval" : "Huge token approval",
                            known.describe(spender) + " will be able to spend " + Units.tokenAmount(amount, 256)
                                    + " of the token at " + target + " from your account."));
                }
            }
            case "permit" -> {
                if (call.args().size() == 7) {
                    w.add(permit("EIP-2612 permit (submitted on chain)", known.describe((Address) call.arg(1).orElseThrow().value()),
                            Units.tokenAmount((BigInteger) call.arg(2).orElseThrow().value(), 256),
                            Units.deadline((BigInteger) call.arg(3).orElseThrow().value()), target));
                }
            }
            default -> {
            }
        }
        if (call.standards().contains("Permit2") && call.name().equals("approve") && call.args().size() == 4) {
            w.add(permit("Permit2 allowance", known.describe((Address) call.arg(1).orElseThrow().value()),
                    Units.tokenAmount((BigInteger) call.arg(2).orElseThrow().value(), 160),
                    Units.deadline((BigInteger) call.arg(3).orElseThrow().value()),
                    known.describe((Address) call.arg(0).orElseThrow().value())));
        }
        for (DecodedArg a : call.args()) {
            argWarnings(a, known, w);
        }
    }

    private void argWarnings(DecodedArg a, Known known, List<Warning> w) {
        if (a.value() instanceof Address addr) {
            known.check(addr, "The " + a.name() + " address", w);
        }
        for (DecodedArg e : a.elements()) {
            argWarnings(e, known, w);
        }
        if (a.innerCall() != null) {
            callWarnings(a.innerCall(), null, known, w);
        }
    }

    private void messageWarnings(SigningItem.Message m, List<Warning> w) {
        byte[] msg = m.message();
        if (msg.length == 32) {
            w.add(new Warning(Warning.Kind.OPAQUE_MESSAGE, Warning.Severity.DANGER, "The message is 32 raw bytes",
                    "That is the size of a hash. A signed hash can stand for anything — an order, a permit, a vote — "
                            + "and you cannot read what it commits you to. Approve only if you know what it is."));
        } else if (m.text().isEmpty()) {
            w.add(new Warning(Warning.Kind.OPAQUE_MESSAGE, Warning.Severity.CAUTION, "The message is binary",
                    "It is not readable text; it is shown as hex. Make sure you know what it is."));
        }
    }

    private void typedWarnings(TypedData td, Known known, List<Warning> w) {
        td.domainChainId().ifPresentOrElse(c -> {
            if (c.bitLength() >= 63 || c.longValue() != selectedChainId) {
                w.add(chainMismatch("typed data", c.bitLength() >= 63 ? -1 : c.longValue()));
            }
        }, () -> w.add(new Warning(Warning.Kind.NO_CHAIN_BINDING, Warning.Severity.CAUTION, "Not bound to a network",
                "The typed data's domain names no chainId, so this signature is valid on every network where "
                        + "its contract exists, not only on " + chains.describe(selectedChainId) + ".")));
        TypedNode msg = td.messageTree();
        String domainName = td.domainName().orElse("");
        String contract = td.domainTree().child("verifyingContract").map(n -> known.describe((Address) n.raw())).orElse("the token");
        String pt = td.primaryType();
        if (pt.equals("Permit") && msg.child("spender").isPresent()) {
            String spender = known.describe((Address) msg.child("spender").get().raw());
            if (msg.child("value").isPresent()) {
                w.add(permit("EIP-2612 permit", spender, Units.tokenAmount((BigInteger) msg.child("value").get().raw(), 256),
                        msg.child("deadline").map(n -> Units.deadline((BigInteger) n.raw())).orElse("not stated"), contract));
            } else if (msg.child("allowed").isPresent()) {
                boolean allowed = Boolean.TRUE.equals(msg.child("allowed").get().raw());
                w.add(permit("DAI-style permit", spender, allowed ? "unlimited" : "nothing (revokes)",
                        msg.child("expiry").map(n -> Units.deadline((BigInteger) n.raw())).orElse("not stated"), contract));
            }
        } else if (domainName.equals("Permit2") && pt.startsWith("Permit")) {
            w.add(permit2(pt, msg, known));
        }
        walkAddresses(td.domainTree(), known, w);
        walkAddresses(td.messageTree(), known, w);
    }

    private Warning permit2(String pt, TypedNode msg, Known known) {
        String spender = msg.child("spender").map(n -> known.describe((Address) n.raw())).orElse("someone");
        List<String> grants = new ArrayList<>();
        msg.child("details").ifPresent(d -> collectGrants(d, "amount", known, grants));
        msg.child("permitted").ifPresent(d -> collectGrants(d, "amount", known, grants));
        String deadline = msg.child("sigDeadline").or(() -> msg.child("deadline"))
                .map(n -> Units.deadline((BigInteger) n.raw())).orElse("not stated");
        return new Warning(Warning.Kind.PERMIT, Warning.Severity.DANGER, "Permit2 signature (" + pt + ")",
                "Lets " + spender + " move your tokens without another signature: " + String.join("; ", grants)
                        + ". Signature valid until " + deadline + ".");
    }

    private void collectGrants(TypedNode n, String amountField, Known known, List<String> out) {
        if (n.child("token").isPresent()) {
            String token = known.describe((Address) n.child("token").get().raw());
            String amount = n.child(amountField).map(a -> Units.tokenAmount((BigInteger) a.raw(), 160)).orElse("?");
            String expiry = n.child("expiration").map(e -> ", allowance expires " + Units.deadline((BigInteger) e.raw())).orElse("");
            out.add(amount + " of " + token + expiry);
            return;
        }
        for (TypedNode c : n.children()) {
            collectGrants(c, amountField, known, out);
        }
    }

    private void walkAddresses(TypedNode n, Known known, List<Warning> w) {
        if (n.raw() instanceof Address a) {
            known.check(a, "The " + n.name() + " address", w);
        }
        for (TypedNode c : n.children()) {
            walkAddresses(c, known, w);
        }
    }

    private static Warning permit(String what, String spender, String amount, String deadline, String token) {
        return new Warning(Warning.Kind.PERMIT, Warning.Severity.DANGER, what,
                "Lets " + spender + " spend " + amount + " of " + token + " from your account, without another "
                        + "signature from you. Valid until " + deadline + ".");
    }

    private Warning chainMismatch(String what, long chainId) {
        String theirs = chainId < 0 ? "a chain id too large to be real" : chains.describe(chainId);
        return new Warning(Warning.Kind.CHAIN_MISMATCH, Warning.Severity.REFUSED, "Wrong network",
                "This " + what + " is for " + theirs + " but the selected network is " + chains.describe(selectedChainId)
                        + ". Atelier refuses to sign it; select that network first if it is really what you want.");
    }

    /** The addresses the user knows (contacts and own accounts), for names and look-alike checks. */
    private static final class Known {
        private final Map<Address, String> names = new LinkedHashMap<>();

        Known(List<Contact> contacts, List<Account> accounts) {
            for (Account a : accounts) {
                names.putIfAbsent(a.address(), "your account " + (a.label().isBlank() ? "" : "\"" + a.label() + "\" ") + "(" + a.address() + ")");
            }
            for (Contact c : contacts) {
                names.put(c.address(), "contact \"" + c.name() + "\" (" + c.address() + ")");
            }
        }

        String describe(Address a) {
            String n = names.get(a);
            return n != null ? n : a.toChecksumHex();
        }

        void check(Address a, String role, List<Warning> w) {
            if (a == null || names.containsKey(a)) {
                return;
            }
            String hex = a.toLowerHex().substring(2);
            for (Map.Entry<Address, String> e : names.entrySet()) {
                String k = e.getKey().toLowerHex().substring(2);
                if (hex.regionMatches(0, k, 0, LOOKALIKE_CHARS)
                        && hex.regionMatches(40 - LOOKALIKE_CHARS, k, 40 - LOOKALIKE_CHARS, LOOKALIKE_CHARS)) {
                    w.add(new Warning(Warning.Kind.LOOKALIKE_ADDRESS, Warning.Severity.DANGER, "Look-alike address",
                            role + " " + a.toChecksumHex() + " starts and ends like " + e.getValue()
                                    + " but is a different address. This is how address-poisoning scams work: "
                                    + "compare every character before approving."));
                    return;
                }
            }
        }
    }
}
