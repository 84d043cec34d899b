package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.crypto.Address;
import dev.atelier.signing.CallDecoder;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.DecodedArg;
import dev.atelier.signing.DecodedCall;
import dev.atelier.signing.Hex;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxType;
import dev.atelier.signing.TypedNode;
import dev.atelier.signing.Units;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One item as the user reviews it: for a transaction the network, account, recipient (with contact
 * name), value, fee ceiling, nonce and the decoded call as a tree; for a message its text or bytes;
 * for typed data the domain and message as a tree.
 */
final class ItemDetails extends VBox {
    private static final NumberFormat GROUPED = NumberFormat.getIntegerInstance(Locale.ROOT);

    static {
        GROUPED.setGroupingUsed(true);
    }

    private final ChainDirectory chains;
    private final Function<Address, String> describe;
    private final GridPane grid = new GridPane();
    private int row;

    ItemDetails(ItemReview r, ChainDirectory chains, Function<Address, String> describe) {
        this.chains = chains;
        this.describe = describe;
        setSpacing(10);
        setId("item-details");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        getChildren().add(grid);
        field("Network", r.network(), "detail-network");
        field("Account", r.account() == null ? "— choose the account below" : (r.accountLabel().isBlank() ? "" : r.accountLabel() + "  ")
                + r.account().toChecksumHex(), "detail-account");
        SigningItem item = r.item();
        if (item instanceof SigningItem.Tx t) {
            transaction(t.tx(), r);
        } else if (item instanceof SigningItem.Message m) {
            message(m);
        } else {
            typed((SigningItem.Typed) item);
        }
    }

    private void transaction(TxRequest tx, ItemReview r) {
        String to = tx.to() == null ? "None — this deploys a new contract"
                : tx.to().toChecksumHex() + r.recipient().map(c -> "   (" + c.name() + ")").orElse("");
        field("To", to, "detail-to");
        field("Value", Units.ether(tx.value(), chains.currency(tx.chainId())), "detail-value");
        String price = tx.type() == TxType.DYNAMIC_FEE ? Units.gwei(tx.maxFeePerGas()) + " max fee (" + Units.gwei(tx.maxPriorityFeePerGas()) + " tip)"
                : Units.gwei(tx.gasPrice());
        field("Fee ceiling", Units.ether(tx.feeCeiling(), chains.currency(tx.chainId())) + "   = " + GROUPED.format(tx.gas())
                + " gas × " + price, "detail-fee");
        field("Nonce", tx.nonce().toString(), "detail-nonce");
        field("Type", tx.type().label(), "detail-type");
        CallDecoder.Result call = r.call();
        if (tx.isContractCreation()) {
            field("Code", tx.data().length + " bytes of contract code"
                    + (call.outcome() == CallDecoder.Outcome.DECODED ? ": " + call.call().standardLabel() : ""), "detail-call");
        }
        if (tx.isContractCreation() && call.outcome() != CallDecoder.Outcome.DECODED) {
            return;
        } else if (call.outcome() == CallDecoder.Outcome.NO_DATA) {
            field("Call", "None: a plain transfer of value", "detail-call");
        } else if (call.outcome() == CallDecoder.Outcome.DECODED) {
            Label title = new Label("Decoded call");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            TreeView<String> tree = new TreeView<>(callItem(call.call(), null));
            tree.setId("call-tree");
            tree.setShowRoot(true);
            expandAll(tree.getRoot());
            tree.setPrefHeight(Math.min(360, 28 * (count(tree.getRoot()) + 1)));
            getChildren().addAll(title, tree);
        } else {
            field("Call", "Not decodable: selector " + call.selector() + ", " + tx.data().length + " bytes of calldata", "detail-call");
            getChildren().add(readOnlyArea(Hex.of(tx.data()), "detail-calldata"));
        }
    }

    private void message(SigningItem.Message m) {
        field("Kind", "EIP-191 personal message, " + m.message().length + " bytes", "detail-kind");
        String shown = m.text().orElse(null);
        Label title = new Label(shown != null ? "Message (text)" : "Message (bytes, shown as hex)");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(title, readOnlyArea(shown != null ? shown : Hex.of(m.message()), "detail-message"));
    }

    private void typed(SigningItem.Typed t) {
        field("Kind", "EIP-712 typed data: " + t.data().primaryType(), "detail-kind");
        TreeItem<String> root = new TreeItem<>("Typed data · " + t.data().primaryType());
        root.getChildren().add(typedItem("Domain", t.data().domainTree()));
        root.getChildren().add(typedItem("Message (" + t.data().primaryType() + ")", t.data().messageTree()));
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("typed-tree");
        expandAll(root);
        tree.setPrefHeight(Math.min(420, 28 * (count(root) + 1)));
        getChildren().add(tree);
    }

    private TreeItem<String> typedItem(String label, TypedNode n) {
        TreeItem<String> item = new TreeItem<>(label == null ? nodeText(n) : label);
        for (TypedNode c : n.children()) {
            item.getChildren().add(typedItem(null, c));
        }
        return item;
    }

    private String nodeText(TypedNode n) {
        if (!n.isLeaf()) {
            return n.name() + ": " + n.type();
        }
        String v = n.raw() instanceof Address a ? describe.apply(a) : n.value();
        return n.name() + " (" + n.type() + "): " + Display.abbreviate(v, 300);
    }

    private TreeItem<String> callItem(DecodedCall c, String prefix) {
        TreeItem<String> item = new TreeItem<>((prefix == null ? "" : prefix) + c.signature() + "   [" + c.standardLabel() + "]");
        for (DecodedArg a : c.args()) {
            item.getChildren().add(argItem(a));
        }
        return item;
    }

    private TreeItem<String> argItem(DecodedArg a) {
        if (a.innerCall() != null) {
            TreeItem<String> inner = callItem(a.innerCall(), a.name() + " → ");
            return inner;
        }
        String text;
        if (!a.elements().isEmpty() || a.value() instanceof java.util.List) {
            text = a.name() + " (" + a.type() + "): " + a.display();
        } else if (a.value() instanceof Address addr) {
            text = a.name() + " (" + a.type() + "): " + describe.apply(addr);
        } else {
            text = a.name() + " (" + a.type() + "): " + Display.abbreviate(a.display(), 300);
        }
        TreeItem<String> item = new TreeItem<>(text);
        for (DecodedArg e : a.elements()) {
            item.getChildren().add(argItem(e));
        }
        return item;
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        if (count(item) < 200) {
            item.getChildren().forEach(ItemDetails::expandAll);
        }
    }

    private static int count(TreeItem<?> item) {
        int n = 1;
        for (TreeItem<?> c : item.getChildren()) {
            n += count(c);
        }
        return n;
    }

    private void field(String key, String value, String id) {
        Label k = new Label(key);
        k.getStyleClass().add("text-muted");
        TextField v = new TextField(value);
        v.setEditable(false);
        v.getStyleClass().addAll("detail-value", Styles.FLAT);
        v.setId(id);
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        row++;
    }

    private static Node readOnlyArea(String text, String id) {
        TextArea a = new TextArea(text);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(Math.min(10, 2 + text.length() / 80));
        a.setId(id);
        a.getStyleClass().add("mono");
        return a;
    }
}
