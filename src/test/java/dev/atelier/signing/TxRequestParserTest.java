package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TxRequestParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = """
            {"chainId":"0x1","nonce":"0x5","to":"0x3535353535353535353535353535353535353535","value":"0x0",
             "gas":"0x5208","maxFeePerGas":"0x77359400","maxPriorityFeePerGas":"0x3b9aca00"}""";

    static ObjectNode base() throws Exception {
        return (ObjectNode) JSON.readTree(BASE);
    }

    @Test
    void acceptsHexDecimalAndJsonIntegersAlike() throws Exception {
        ObjectNode a = base();
        ObjectNode b = base();
        b.put("chainId", "1").put("nonce", 5).put("gas", "21000").put("maxFeePerGas", "2000000000").put("maxPriorityFeePerGas", 1_000_000_000);
        assertThat(TxEncoder.unsignedPayload(TxRequestParser.parse(a))).isEqualTo(TxEncoder.unsignedPayload(TxRequestParser.parse(b)));
        ObjectNode c = base();
        c.remove("gas");
        c.put("gasLimit", "0x5208");
        c.put("input", "0x");
        assertThat(TxEncoder.unsignedPayload(TxRequestParser.parse(c))).isEqualTo(TxEncoder.unsignedPayload(TxRequestParser.parse(a)));
    }

    @Test
    void infersTheTypeFromTheFeeFields() throws Exception {
        assertThat(TxRequestParser.parse(base()).type()).isEqualTo(TxType.DYNAMIC_FEE);
        ObjectNode legacy = base();
        legacy.remove("maxFeePerGas");
        legacy.remove("maxPriorityFeePerGas");
        legacy.put("gasPrice", "0x1");
        assertThat(TxRequestParser.parse(legacy).type()).isEqualTo(TxType.LEGACY);
        legacy.putArray("accessList");
        assertThat(TxRequestParser.parse(legacy).type()).isEqualTo(TxType.ACCESS_LIST);
    }

    @Test
    void contractCreationHasNoRecipient() throws Exception {
        ObjectNode n = base();
        n.remove("to");
        n.put("data", "0x6000");
        TxRequest tx = TxRequestParser.parse(n);
        assertThat(tx.isContractCreation()).isTrue();
        n.putNull("to");
        assertThat(TxRequestParser.parse(n).isContractCreation()).isTrue();
    }

    @Test
    void feeCeilingIsGasTimesMaxFee() throws Exception {
        assertThat(TxRequestParser.parse(base()).feeCeiling()).isEqualTo(BigInteger.valueOf(21_000L * 2_000_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing chainId       | remove:chainId                           | chainId is missing",
        "missing nonce         | remove:nonce                             | nonce is missing",
        "missing gas           | remove:gas                               | gas is missing",
        "missing both fees     | remove:maxFeePerGas,maxPriorityFeePerGas  | The fee is missing",
        "missing priority fee  | remove:maxPriorityFeePerGas              | maxPriorityFeePerGas is missing",
        "type 2 with gasPrice  | set:type=0x2,gasPrice=0x1                | cannot also carry gasPrice",
        "both fee styles       | set:gasPrice=0x1                         | both gasPrice and maxFeePerGas",
        "type 0 with maxFee    | set:type=0x0,gasPrice=0x1                | cannot carry maxFeePerGas",
        "type 3                | set:type=0x3                             | type 0x3 (blob transactions) is not supported",
        "negative value        | set:value=-1                             | value is negative",
        "oversized value       | set:value=0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff | value is too large",
        "oversized nonce       | set:nonce=18446744073709551616           | nonce is too large",
        "nonce 2^64-1          | set:nonce=18446744073709551615           | EIP-2681",
        "chainId zero          | set:chainId=0x0                          | chainId is 0",
        "gas and gasLimit      | set:gasLimit=0x5209                      | disagree",
        "data and input        | set:data=0x01,input=0x02                 | data and input disagree",
        "odd hex data          | set:data=0x123                           | odd number of hex digits",
        "bad hex quantity      | set:nonce=0xzz                           | not a hex number",
        "fraction              | set:value=1.5                            | fraction or exponent are not exact",
        "bare 0x               | set:nonce=0x                             | no digits",
        "bad checksum to       | set:to=0x3535353535353535353535353535353535353535X | Not an address",
        "EIP-55 checksum       | set:to=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD | fails its EIP-55 checksum",
        "empty to              | set:to=                                  | to is empty",
        "priority above max    | set:maxPriorityFeePerGas=0x77359401      | higher than maxFeePerGas",
        "unknown field         | set:maxFeePerGass=0x1                    | Unknown field \"maxFeePerGass\"",
        "signed request        | set:r=0x1                                | must be unsigned",
        "legacy access list    | set:type=0x0,gasPrice=0x1,maxFeePerGas=,maxPriorityFeePerGas=,accessList=[] | has no access list",
    })
    void refusesWithAClearMessage(String name, String change, String message) throws Exception {
        ObjectNode n = base();
        String[] op = change.split(":", 2);
        for (String part : op[1].split(",")) {
            if (op[0].equals("remove")) {
                n.remove(part);
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv[1].isEmpty() && !kv[0].equals("to")) {
                n.remove(kv[0]);
            } else if (kv[1].equals("[]")) {
                n.putArray(kv[0]);
            } else if (kv[1].equals("1.5")) {
                n.put(kv[0], 1.5);
            } else {
                n.put(kv[0], kv[1]);
            }
        }
        assertThatThrownBy(() -> TxRequestParser.parse(n)).isInstanceOf(AtelierException.class).hasMessageContaining(message);
    }

    @Test
    void refusesHugeCalldataBeforeDecodingIt() throws Exception {
        ObjectNode n = base();
        n.put("data", "0x" + "ab".repeat(TxRequestParser.MAX_DATA_BYTES + 1));
        assertThatThrownBy(() -> TxRequestParser.parse(n)).hasMessageContaining("at most 131072 are accepted");
        assertThatThrownBy(() -> TxRequestParser.parse(JSON.readTree("[1]"))).hasMessageContaining("must be a JSON object");
    }
}
