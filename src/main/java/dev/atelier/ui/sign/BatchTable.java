package dev.atelier.ui.sign;

import dev.atelier.signing.CallDecoder;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.Units;
import dev.atelier.signing.Warning;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** A batch at a glance: one row per item and the totals (value, fee ceiling, nonces, warnings). */
final class BatchTable extends VBox {
    private final TableView<ItemReview> table = new TableView<>();

    BatchTable(List<ItemReview> reviews, ChainDirectory chains, Function<ItemReview, String> recipient) {
        setSpacing(6);
        table.setId("batch-table");
        table.setItems(FXCollections.observableArrayList(reviews));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // header + one ~39 px row per item (AtlantaFX at 100 %), up to eight rows before it scrolls
        table.setPrefHeight(44 + 40 * Math.min(8, reviews.size()));
        table.getColumns().add(col("#", 50, r -> Integer.toString(r.index() + 1)));
        table.getColumns().add(col("Action", 220, BatchTable::action));
        table.getColumns().add(col("Account", 130, r -> r.account() == null ? "—"
                : (r.accountLabel().isBlank() ? Display.shortAddress(r.account()) : r.accountLabel())));
        table.getColumns().add(col("To", 170, recipient::apply));
        table.getColumns().add(col("Value", 120, r -> r.item() instanceof SigningItem.Tx t
                ? Units.ether(t.tx().value(), chains.currency(t.tx().chainId())) : ""));
        table.getColumns().add(col("Fee ceiling", 130, r -> r.item() instanceof SigningItem.Tx t
                ? Units.ether(t.tx().feeCeiling(), chains.currency(t.tx().chainId())) : ""));
        table.getColumns().add(col("Nonce", 70, r -> r.item() instanceof SigningItem.Tx t ? t.tx().nonce().toString() : ""));
        TableColumn<ItemReview, String> warn = col("Warnings", 160, r -> r.warnings().isEmpty() ? "" : r.warnings().stream()
                .map(Warning::title).distinct().reduce((a, b) -> a + "; " + b).orElse(""));
        table.getColumns().add(warn);
        getChildren().addAll(table, totals(reviews, chains));
    }

    TableView<ItemReview> table() {
        return table;
    }

    private static String action(ItemReview r) {
        if (r.item() instanceof SigningItem.Tx t) {
            TxRequest tx = t.tx();
            CallDecoder.Result c = r.call();
            if (tx.isContractCreation()) {
                return c.outcome() == CallDecoder.Outcome.DECODED ? "Deploy " + c.call().name() + " (" + c.call().standardLabel() + ")"
                        : "Deploy a contract";
            }
            return switch (c.outcome()) {
                case NO_DATA -> "Transfer";
                case DECODED -> c.call().name() + " (" + c.call().standardLabel() + ")";
                default -> "Unknown call " + c.selector();
            };
        }
        return r.item() instanceof SigningItem.Message ? "Sign message" : "Sign typed data";
    }

    private static Label totals(List<ItemReview> reviews, ChainDirectory chains) {
        BigInteger value = BigInteger.ZERO;
        BigInteger fees = BigInteger.ZERO;
        BigInteger minNonce = null;
        BigInteger maxNonce = null;
        int txs = 0;
        long chain = reviews.get(0).chainId();
        for (ItemReview r : reviews) {
            if (r.item() instanceof SigningItem.Tx t) {
                txs++;
                value = value.add(t.tx().value());
                fees = fees.add(t.tx().feeCeiling());
                BigInteger n = t.tx().nonce();
                minNonce = minNonce == null || n.compareTo(minNonce) < 0 ? n : minNonce;
                maxNonce = maxNonce == null || n.compareTo(maxNonce) > 0 ? n : maxNonce;
            }
        }
        long warned = reviews.stream().filter(r -> !r.warnings().isEmpty()).count();
        StringBuilder sb = new StringBuilder();
        sb.append(reviews.size()).append(" items");
        if (txs > 0) {
            sb.append(" · ").append(txs).append(" transactions · total value ").append(Units.ether(value, chains.currency(chain)))
                    .append(" · fee ceiling ").append(Units.ether(fees, chains.currency(chain)))
                    .append(" · nonces ").append(minNonce).append(minNonce.equals(maxNonce) ? "" : "–" + maxNonce);
        }
        sb.append(" · ").append(warned == 0 ? "no warnings" : warned + " with warnings");
        Label l = new Label(sb.toString());
        l.setId("batch-totals");
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static TableColumn<ItemReview, String> col(String name, double width, Function<ItemReview, String> value) {
        TableColumn<ItemReview, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
