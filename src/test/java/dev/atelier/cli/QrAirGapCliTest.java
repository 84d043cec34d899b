package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Networks;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.QrAirGap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code request qr} writes the request as pictures; {@code tx send --qr} reads the signed answer's pictures and broadcasts. */
class QrAirGapCliTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    @Test
    void requestAsPicturesThenTheResponsePicturesAreBroadcastAndMined() throws Exception {
        Path home = dir.resolve("online");
        String networkId;
        try (AppContext ctx = AppContext.open(AppPaths.at(home))) {
            networkId = ctx.networks().add(new Networks.NewNetwork("QR devnet", ANVIL.rpcUrl(), 31337, "ETH", "")).id();
        }
        long nonce = Long.decode(Anvil.cast("nonce", Anvil.ADDR0, "--rpc-url", ANVIL.rpcUrl()).strip());
        SigningRequest request = QrAirGap.transfers(6, (int) nonce, "Six transfers");
        Path requestFile = dir.resolve("request.json");
        Files.write(requestFile, request.toBytes());
        Path frames = Files.createDirectories(dir.resolve("frames"));

        CliTest.Result qr = CliTest.run(Map.of(), "--home", home.toString(), "request", "qr", requestFile.toString(), "--out", frames.toString());
        assertThat(qr.code()).as(qr.err()).isZero();
        List<Path> written;
        try (Stream<Path> s = Files.list(frames)) {
            written = s.sorted().toList();
        }
        assertThat(written).hasSizeGreaterThan(2);
        assertThat(qr.out().strip().split("\\R")).hasSize(written.size());
        assertThat(qr.err()).contains("Wrote " + written.size() + " QR frames for request " + request.digest().substring(0, 10));

        List<Path> answer = QrAirGap.signOffline(written, Files.createDirectories(dir.resolve("answer")));
        List<Path> pictures = QrAirGap.shuffledWithDuplicate(answer, 7);

        // missing frames: refused, nothing queued
        List<String> partial = new ArrayList<>(List.of("--home", home.toString(), "tx", "send", "--network", networkId, "--qr"));
        answer.subList(0, answer.size() - 1).forEach(p -> partial.add(p.toString()));
        CliTest.Result incomplete = CliTest.run(Map.of(), partial.toArray(String[]::new));
        assertThat(incomplete.code()).isNotZero();
        assertThat(incomplete.err()).startsWith("error: ").contains("1 part is missing").doesNotContain("Exception");

        // checked against another request: refused
        Path otherFile = dir.resolve("other.json");
        Files.write(otherFile, QrAirGap.transfers(6, (int) nonce + 50, "Other").toBytes());
        List<String> wrong = new ArrayList<>(List.of("--home", home.toString(), "tx", "send", "--network", networkId,
                "--request", otherFile.toString(), "--qr"));
        pictures.forEach(p -> wrong.add(p.toString()));
        CliTest.Result refused = CliTest.run(Map.of(), wrong.toArray(String[]::new));
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).startsWith("error: ").contains("answers a different request");

        List<String> args = new ArrayList<>(List.of("--home", home.toString(), "tx", "send", "--network", networkId,
                "--request", requestFile.toString(), "--wait", "60", "--qr"));
        pictures.forEach(p -> args.add(p.toString()));
        CliTest.Result send = CliTest.run(Map.of(), args.toArray(String[]::new));
        assertThat(send.code()).as(send.err()).isZero();
        assertThat(send.out().lines().filter(l -> l.startsWith("queued ")).count()).isEqualTo(6);
        for (String line : send.out().lines().filter(l -> l.startsWith("queued ")).toList()) {
            String hash = line.split("\\s+")[1];
            String receipt = Anvil.cast("receipt", hash, "status", "--rpc-url", ANVIL.rpcUrl());
            assertThat(receipt.strip()).matches("true|1 \\(success\\)");
        }
        assertThat(Long.decode(Anvil.cast("nonce", Anvil.ADDR0, "--rpc-url", ANVIL.rpcUrl()).strip())).isEqualTo(nonce + 6);
    }
}
