package dev.atelier.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sparrowwallet.hummingbird.URDecoder;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.app.SameThreadTaskRunner;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.EthSignature;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sign screen's logic without a stage. */
class SignViewModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    AppContext app;
    final List<Throwable> failures = new ArrayList<>();
    final TestKeys keys = TestKeys.anvil();
    TestVault vault;
    SignViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(AppPaths.at(dir.resolve("home")));
        vault = new TestVault(keys, "s3cret passphrase");
        vm = new SignViewModel(app, vault, new SameThreadTaskRunner(), failures::add);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aPastedTransactionWithoutFromAsksForTheAccountThenSignsAfterUnlocking() {
        vm.openText("""
                {"chainId":"0x7a69","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","value":"0x1",
                 "gas":"0x5208","maxFeePerGas":"0x3b9aca00","maxPriorityFeePerGas":"0x1"}""");
        assertThat(failures).isEmpty();
        assertThat(vm.sessionProperty().get().missingAccount()).isTrue();
        assertThat(vm.canApproveProperty().get()).isFalse();
        assertThat(vm.approveHintProperty().get()).contains("Choose the account");
        vm.accountProperty().set(keys.address(1));
        assertThat(vm.canApproveProperty().get()).isTrue();
        List<Integer> asked = new ArrayList<>();
        vm.approve(() -> {
            asked.add(1);
            return Optional.of("s3cret passphrase".toCharArray());
        });
        assertThat(failures).isEmpty();
        assertThat(asked).hasSize(1);
        SignResult r = vm.resultProperty().get();
        assertThat(r.rows()).hasSize(1);
        assertThat(r.response().results().get(0).from()).isEqualTo(keys.address(1));
        Path out = dir.resolve("resp.json");
        vm.saveResponse(out);
        assertThat(SigningResponse.parse(SigningFiles.read(out)).results()).hasSize(1);
    }

    @Test
    void aWrongPassphraseIsReportedAndNothingIsSigned() throws Exception {
        Path f = dir.resolve("r.atelier-request");
        Files.write(f, SigningRequest.create(31337, "Local sandbox", "x", List.of(SigningRequest.messageItem(keys.address(0), "hello", null))).toBytes());
        vm.openFile(f);
        vm.approve(() -> Optional.of("wrong".toCharArray()));
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("Wrong passphrase.");
        assertThat(vm.resultProperty().get()).isNull();
        vm.approve(Optional::empty); // cancelled at the prompt
        assertThat(vm.resultProperty().get()).isNull();
    }

    @Test
    void anErc4527QrImageIsAnsweredWithAnEthSignatureCode() throws Exception {
        TestKeys paired = new TestKeys().hd("Paired", TestKeys.ANVIL_0, "m/44'/1'/1'/0/1");
        vm = new SignViewModel(app, new TestVault(paired, "pw"), new SameThreadTaskRunner(), failures::add);
        app.settings().setSelectedNetwork("ethereum");
        Path png = dir.resolve("request.png");
        QrCodes.writePng(QrCodes.encode(dev.atelier.signing.qr.Erc4527Test.ERC_EXAMPLE.toUpperCase()), 5, png);
        vm.openImages(List.of(png));
        assertThat(failures).isEmpty();
        SignSession s = vm.sessionProperty().get();
        assertThat(s.erc4527()).isNotNull();
        assertThat(s.reviews().get(0).item()).isInstanceOf(SigningItem.Tx.class);
        assertThat(s.reviews().get(0).account()).isEqualTo(paired.address(0));
        // the example calls an unknown function on the zero address: blind signing
        assertThat(vm.canApproveProperty().get()).isFalse();
        vm.acknowledgedProperty().set(true);
        vm.approve(() -> Optional.of("pw".toCharArray()));
        assertThat(failures).isEmpty();
        SignResult r = vm.resultProperty().get();
        assertThat(r.ur().getType()).isEqualTo("eth-signature");
        EthSignature sig = EthSignature.fromCbor(URDecoder.decode(UREncoder.encode(r.ur())).getCborBytes());
        assertThat(sig.requestId()).isEqualTo(s.erc4527().requestId());
    }

    @Test
    void aBatchReviewSumsUpAndAChainMismatchBlocksApproval() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x1","nonce":"%d","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","value":"0x1",
                     "gas":"0x5208","gasPrice":"0x1"}""".formatted(keys.address(0), i))));
        }
        Path f = dir.resolve("batch.json");
        Files.write(f, SigningRequest.create(1, "Ethereum", "forty", items).toBytes());
        vm.openFile(f);
        assertThat(vm.sessionProperty().get().reviews()).hasSize(40);
        assertThat(vm.sessionProperty().get().refused()).isTrue();
        assertThat(vm.approveHintProperty().get()).startsWith("Refused");
        app.settings().setSelectedNetwork("ethereum"); // the review follows the header's network
        assertThat(vm.sessionProperty().get().refused()).isFalse();
        assertThat(vm.canApproveProperty().get()).isTrue();
        vm.close();
        assertThat(vm.sessionProperty().get()).isNull();
    }

    @Test
    void aDamagedFileIsReportedClearly() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"atelier-signing-request\", \"version\": 1, ");
        vm.openFile(f);
        assertThat(failures).singleElement().extracting(Throwable::getMessage).asString().contains("not valid JSON");
        assertThat(vm.sessionProperty().get()).isNull();
    }
}
