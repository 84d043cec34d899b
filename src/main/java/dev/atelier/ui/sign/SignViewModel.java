package dev.atelier.ui.sign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.app.AppContext;
import dev.atelier.app.TaskRunner;
import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.crypto.Address;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.Hex;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.Reviewer;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxJson;
import dev.atelier.signing.file.JsonSequence;
import dev.atelier.signing.file.RequestSigner;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.Erc4527;
import dev.atelier.signing.qr.EthSignRequest;
import dev.atelier.signing.qr.EthSignature;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.vault.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Sign screen's state: the open request and its review, the account for items that name none,
 * the "I understand" acknowledgement, and the result. Opening, reviewing and signing run through
 * the task runner (in the window: in the background, with progress). No JavaFX nodes here.
 */
public final class SignViewModel {
    private final AppContext app;
    private final VaultAccess vault;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<Runnable> fxThread;
    private dev.atelier.app.TaskHandle running;

    private final ObjectProperty<SignSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Address> account = new SimpleObjectProperty<>();
    private final BooleanProperty acknowledged = new SimpleBooleanProperty();
    private final ObjectProperty<SignResult> result = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanBinding canApprove;
    private final StringBinding approveHint;

    public SignViewModel(AppContext app, VaultAccess vault, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this(app, vault, tasks, onFailure, Runnable::run);
    }

    /** @param fxThread runs property updates made from background work on the UI thread (Platform::runLater) */
    public SignViewModel(AppContext app, VaultAccess vault, TaskRunner tasks, Consumer<Throwable> onFailure,
                         Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
        this.app = app;
        this.vault = vault;
        this.tasks = tasks;
        this.onFailure = onFailure;
        canApprove = Bindings.createBooleanBinding(() -> approveBlocker().isEmpty(), session, acknowledged, busy, result);
        approveHint = Bindings.createStringBinding(() -> approveBlocker().orElse(""), session, acknowledged, busy, result);
        account.addListener((o, a, b) -> rereview());
        // a request for another network becomes acceptable (or refused) when the header's network changes
        app.settings().addListener((key, value) -> {
            if (dev.atelier.app.Settings.SELECTED_NETWORK.equals(key)) {
                fxThread.accept(this::rereview);
            }
        });
    }

    public ObjectProperty<SignSession> sessionProperty() {
        return session;
    }

    public ObjectProperty<Address> accountProperty() {
        return account;
    }

    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    public ObjectProperty<SignResult> resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    /** Why Approve is disabled ("" when it is enabled). */
    public StringBinding approveHintProperty() {
        return approveHint;
    }

    public AppContext app() {
        return app;
    }

    /** Accounts that can sign (for the account chooser). */
    public List<Account> signingAccounts() {
        return vault.accounts().stream().filter(Account::canSign).toList();
    }

    public String accountLabel(Address a) {
        return vault.accounts().stream().filter(x -> x.address().equals(a)).map(Account::label).findFirst().orElse("");
    }

    private Optional<String> approveBlocker() {
        SignSession s = session.get();
        if (s == null) {
            return Optional.of("Open a request first.");
        }
        if (result.get() != null) {
            return Optional.of("Signed.");
        }
        if (busy.get()) {
            return Optional.of("Working…");
        }
        if (s.refused()) {
            return Optional.of("Refused: read the warning.");
        }
        if (s.missingAccount()) {
            return Optional.of("Choose the account that signs.");
        }
        if (s.needsAcknowledgement() && !acknowledged.get()) {
            return Optional.of("Tick \"I understand\" after reading the warnings.");
        }
        return Optional.empty();
    }

    // ---- opening ------------------------------------------------------------------------------

    public void openFile(Path file) {
        run("Opening " + file.getFileName(), () -> {
            if (QrCodes.looksLikeImage(file)) {
                return fromIncoming(AirGap.decode(QrCodes.read(file)), file.getFileName().toString());
            }
            JsonNode json = SigningFiles.read(file);
            return fromIncoming(new AirGap.BareJson(json), file.getFileName().toString());
        });
    }

    /** QR images: one code, or the frames of an animated UR spread over several pictures. */
    public void openImages(List<Path> images) {
        run("Reading QR codes", () -> {
            List<String> texts = new ArrayList<>();
            for (Path p : images) {
                texts.addAll(QrCodes.read(p));
            }
            return fromIncoming(AirGap.decode(texts), images.size() == 1 ? images.get(0).getFileName().toString()
                    : images.size() + " QR images");
        });
    }

    /** Pasted or dropped text: a request file's JSON, transactions (one or JSON Lines), typed data, or UR parts. */
    public void openText(String text) {
        run("Reading the pasted request", () -> {
            String t = text.strip();
            if (t.regionMatches(true, 0, "ur:", 0, 3)) {
                return fromIncoming(AirGap.decode(Arrays.stream(t.split("\\s+")).toList()), "pasted QR text");
            }
            List<JsonSequence.Entry> entries = JsonSequence.parse(t.getBytes(StandardCharsets.UTF_8), "a request");
            if (entries.size() == 1) {
                return fromIncoming(new AirGap.BareJson(entries.get(0).json()), "pasted JSON");
            }
            return adHoc(entries.stream().map(e -> (JsonNode) SigningRequest.txItem(e.json())).toList(),
                    entries.size() + " pasted transactions", "pasted JSON Lines");
        });
    }

    /** A message typed on this machine (EIP-191). */
    public void openMessage(Address from, byte[] message, boolean isText) {
        run("Preparing the message", () -> adHoc(List.of(SigningRequest.messageItem(from,
                isText ? new String(message, StandardCharsets.UTF_8) : null, isText ? null : message)), "Sign a message", "typed here"));
    }

    public void close() {
        session.set(null);
        result.set(null);
        acknowledged.set(false);
        progress.set(-1);
    }

    private SignSession fromIncoming(AirGap.Incoming in, String source) {
        if (in instanceof AirGap.AtelierRequest r) {
            return review(new SignSession(source, r.request(), null, List.of()));
        }
        if (in instanceof AirGap.Erc4527Request e) {
            EthSignRequest req = e.request();
            Address who = Erc4527.resolveAccount(req, vault.accounts());
            SigningItem item = Erc4527.item(req, who);
            JsonNode json = itemJson(item, req);
            long chain = req.chainId();
            SigningRequest wrapped = SigningRequest.create(chain, app.chainDirectory().lookup(chain).map(l -> l.name()).orElse(""),
                    "ERC-4527 request" + (req.origin().isBlank() ? "" : " from " + req.origin()), List.of(json));
            return review(new SignSession(source + " (ERC-4527)", wrapped, req, List.of()));
        }
        JsonNode json = ((AirGap.BareJson) in).json();
        if (json.isObject() && SigningRequest.FORMAT.equals(json.path("format").asText())) {
            return review(new SignSession(source, SigningRequest.parse(json), null, List.of()));
        }
        if (json.isObject() && json.has("types") && json.has("primaryType")) {
            return adHoc(List.of(SigningRequest.typedDataItem(null, json)), "Typed data (" + json.path("primaryType").asText() + ")", source);
        }
        if (json.isObject()) {
            return adHoc(List.of(SigningRequest.txItem(json)), "One transaction", source);
        }
        throw new AtelierException("This is neither a signing request, a transaction request nor typed data.");
    }

    private SignSession adHoc(List<JsonNode> items, String purpose, String source) {
        long chain = items.stream().filter(i -> i.has("transaction")).map(i -> i.get("transaction").get("chainId"))
                .filter(c -> c != null && !c.isNull()).findFirst()
                .map(c -> dev.atelier.signing.Quantity.parse(c, "chainId", 63).longValueExact())
                .orElse(app.selectedNetwork().chainId());
        SigningRequest req = SigningRequest.create(chain, app.chainDirectory().lookup(chain).map(l -> l.name()).orElse(""),
                purpose, items);
        return review(new SignSession(source, req, null, List.of()));
    }

    private static JsonNode itemJson(SigningItem item, EthSignRequest req) {
        if (item instanceof SigningItem.Tx t) {
            return SigningRequest.txItem(TxJson.of(t.tx()));
        }
        if (item instanceof SigningItem.Message m) {
            return SigningRequest.messageItem(m.signer(), m.isText() ? m.text().orElse(null) : null, m.isText() ? null : m.message());
        }
        return SigningRequest.typedDataItem(item.from().orElse(null), SigningFiles.parse(req.signData(), "The request's typed data"));
    }

    private SignSession review(SignSession s) {
        Reviewer reviewer = new Reviewer(app.contacts(), app.chainDirectory(), vault.accounts(), app.selectedNetwork().chainId());
        return s.withReviews(RequestSigner.review(s.request(), reviewer, account.get()));
    }

    /** Re-runs the review (after a change of account, contacts or network). */
    public void rereview() {
        SignSession s = session.get();
        if (s != null && result.get() == null) {
            session.set(review(s));
        }
    }

    private void run(String title, java.util.concurrent.Callable<SignSession> work) {
        busy.set(true);
        tasks.submit(title, p -> work.call(), s -> {
            busy.set(false);
            result.set(null);
            acknowledged.set(false);
            if (account.get() == null && s.missingAccount() && signingAccounts().size() == 1) {
                account.set(signingAccounts().get(0).address()); // the only possible signer
                s = review(s);
            }
            session.set(s);
        }, e -> {
            busy.set(false);
            onFailure.accept(e);
        });
    }

    // ---- approving ----------------------------------------------------------------------------

    /**
     * Signs everything (asking for the passphrase first when the vault is locked). {@code askPassphrase}
     * returns empty when the user cancels; the array is wiped after use.
     */
    public void approve(Supplier<Optional<char[]>> askPassphrase) {
        if (!canApprove.get()) {
            return;
        }
        if (!vault.exists()) {
            onFailure.accept(new AtelierException("There is no vault yet. Create one on the Wallet screen, then import or derive "
                    + "the signing account."));
            return;
        }
        if (vault.isLocked()) {
            Optional<char[]> p = askPassphrase.get();
            if (p.isEmpty()) {
                return;
            }
            char[] pass = p.get();
            busy.set(true);
            tasks.submit("Unlocking the vault", progressSink -> {
                try {
                    vault.unlock(pass, progressSink);
                } finally {
                    Arrays.fill(pass, '\0');
                }
                return Boolean.TRUE;
            }, ok -> {
                busy.set(false);
                sign();
            }, e -> {
                busy.set(false);
                onFailure.accept(e);
            });
            return;
        }
        sign();
    }

    private void sign() {
        SignSession s = session.get();
        busy.set(true);
        progress.set(0);
        int n = s.reviews().size();
        running = tasks.submit(n == 1 ? "Signing" : "Signing " + n + " items", p -> {
            if (s.erc4527() != null) {
                ItemReview r = s.reviews().get(0);
                EthSignature sig = Erc4527.sign(s.erc4527(), r.item(), vault.signer(r.account()));
                return new SignResult(List.of(new SignResult.Row("eth-signature (r, s, v)", Hex.of(sig.signature()))), null,
                        AirGap.signatureUr(sig));
            }
            SigningResponse resp;
            try (BatchSigner batch = new BatchSigner()) {
                resp = RequestSigner.sign(s.request(), s.reviews(), vault, batch, new dev.atelier.common.ProgressSink() {
                    @Override
                    public void progress(double done, double total) {
                        p.progress(done, total);
                        fxThread.accept(() -> progress.set(total == 0 ? 0 : done / total));
                    }

                    @Override
                    public void message(String text) {
                        p.message(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return p.isCancelled();
                    }
                });
            }
            List<SignResult.Row> rows = new ArrayList<>();
            int i = 1;
            for (SigningResponse.Result r : resp.results()) {
                String label = "#" + i++ + " " + r.kind();
                rows.add(r instanceof SigningResponse.TxResult t ? new SignResult.Row(label + " " + t.hash().substring(0, 10) + "…", t.raw())
                        : new SignResult.Row(label, ((SigningResponse.SignatureResult) r).signature()));
            }
            return new SignResult(rows, resp, AirGap.responseUr(resp));
        }, r -> {
            busy.set(false);
            progress.set(1);
            result.set(r);
        }, e -> {
            busy.set(false);
            progress.set(-1);
            onFailure.accept(e);
        });
    }

    /** Stops signing (nothing is produced: a response is all or nothing). */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
        busy.set(false);
        progress.set(-1);
    }

    /** Writes the signed-response file (atomically). */
    public void saveResponse(Path file) {
        SignResult r = result.get();
        if (r == null) {
            return;
        }
        try {
            byte[] bytes = r.response() != null ? r.response().toBytes()
                    : (com.sparrowwallet.hummingbird.UREncoder.encode(r.ur()) + "\n").getBytes(StandardCharsets.UTF_8);
            PrivateFiles.writeAtomically(file.toAbsolutePath(), bytes);
        } catch (IOException e) {
            onFailure.accept(new AtelierException("Cannot write " + file + " (" + e.getClass().getSimpleName() + ").", e));
        }
    }

    /** A file name for the response, next to the request's purpose. */
    public String suggestedResponseName() {
        SignSession s = session.get();
        if (s != null && s.erc4527() != null) {
            return "eth-signature.txt";
        }
        String digest = s == null ? "" : s.request().digest().substring(2, 10);
        return "response-" + digest + ".json";
    }

}
