package dev.atelier.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RpcUrlsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef",
        "https://eth-mainnet.g.alchemy.com/v2/aBcD3fGh1jKlMn0pQrStUvWxYz012345",
        "https://rpc.ankr.com/eth/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "https://example.quiknode.pro/3a7f9c1e5b2d8f4a6c0e9b7d5f3a1c8e6b4d2f0a/",
        "https://user:secret@rpc.example.org",
        "https://rpc.example.org/?apikey=abc",
        "https://rpc.example.org/rpc?foo=1&token=abc",
    })
    void urlsCarryingAKeyAreRecognised(String url) {
        assertThat(RpcUrls.embedsSecret(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://ethereum-rpc.publicnode.com",
        "https://api.avax.network/ext/bc/C/rpc",
        "https://rpc-amoy.polygon.technology",
        "http://127.0.0.1:8545",
        "https://sepolia.base.org",
    })
    void publicUrlsAreNotSecret(String url) {
        assertThat(RpcUrls.embedsSecret(url)).isFalse();
    }

    @Test
    void displayShowsOnlySchemeHostAndPort() {
        assertThat(RpcUrls.display("https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef")).isEqualTo("https://mainnet.infura.io");
        assertThat(RpcUrls.display("http://user:pw@127.0.0.1:8545/x?key=1")).isEqualTo("http://127.0.0.1:8545");
    }

    @Test
    void onlyHttpUrlsOfBoundedLengthAreAccepted() {
        assertThatThrownBy(() -> RpcUrls.parse("ftp://x")).hasMessageContaining("http://");
        assertThatThrownBy(() -> RpcUrls.parse("https://x/" + "a".repeat(RpcUrls.MAX_LENGTH))).hasMessageContaining("longer");
        assertThatThrownBy(() -> RpcUrls.parse(" ")).hasMessageContaining("empty");
    }
}
