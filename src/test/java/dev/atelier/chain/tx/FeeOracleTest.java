package dev.atelier.chain.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.testing.Anvil;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeOracleTest {
    @Test
    void aChainWithoutBaseFeeGetsLegacyGasPricesFromTheNode() throws Exception {
        try (Anvil a = Anvil.start(0, null, "--hardfork", "berlin")) {
            FeeSuggestion fees = FeeOracle.suggest(new EthRpc(new RpcClient(a.rpcUrl())));
            BigInteger gasPrice = new BigInteger(Anvil.cast("gas-price", "--rpc-url", a.rpcUrl()));
            assertThat(fees.eip1559()).isFalse();
            assertThat(fees.slow().maxFeePerGas()).isEqualTo(gasPrice);
            assertThat(fees.normal().maxFeePerGas()).isEqualTo(gasPrice.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100)));
            assertThat(fees.fast().maxFeePerGas()).isEqualTo(gasPrice.multiply(BigInteger.valueOf(125)).divide(BigInteger.valueOf(100)));
            assertThat(fees.fast().maxPriorityFeePerGas()).isEqualTo(fees.fast().maxFeePerGas());
        }
    }

    @Test
    void medianOfOddAndEvenLists() {
        assertThat(FeeOracle.median(List.of(BigInteger.valueOf(5), BigInteger.ONE, BigInteger.valueOf(3)))).isEqualTo(3);
        assertThat(FeeOracle.median(List.of(BigInteger.valueOf(4), BigInteger.ONE, BigInteger.valueOf(3), BigInteger.TEN)))
                .isEqualTo(3); // (3 + 4) / 2 rounded down
        assertThat(FeeOracle.median(List.of())).isNull();
    }

    @Test
    void replacementFeesBumpByAnEighthAndOutbidTheTenPercentRule() {
        assertThat(Replacement.bump(BigInteger.valueOf(1_000_000_000))).isEqualTo(1_125_000_000);
        assertThat(Replacement.bump(BigInteger.ONE)).isEqualTo(2);
        assertThat(Replacement.bump(BigInteger.ZERO)).isEqualTo(1);
    }
}
