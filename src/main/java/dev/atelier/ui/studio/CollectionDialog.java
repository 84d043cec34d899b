package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.Network;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionValidator;
import dev.atelier.studio.Issue;
import dev.atelier.studio.MarketplaceProfile;
import dev.atelier.studio.Standard;
import java.io.File;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/** Creates or edits a collection: contract-level metadata, royalties, network and marketplace profile. */
final class CollectionDialog extends Dialog<Collection> {
    final TextField name = field("collection-name");
    final TextField symbol = field("collection-symbol");
    final ComboBox<Standard> standard = new ComboBox<>(FXCollections.observableArrayList(Standard.values()));
    final TextArea description = new TextArea();
    final TextField cover = field("collection-cover");
    final TextField link = field("collection-link");
    final TextField royaltyTo = field("collection-royalty-to");
    final Spinner<Integer> royaltyBps = new Spinner<>(0, 10_000, 0, 25);
    final ComboBox<Network> network = new ComboBox<>(FXCollections.observableArrayList(NetworkPresets.ALL));
    final ComboBox<MarketplaceProfile> profile = new ComboBox<>(FXCollections.observableArrayList(MarketplaceProfile.ALL));
    private final Label problems = new Label();

    CollectionDialog(Collection existing) {
        Collection c = existing == null ? Collection.draft("", Standard.ERC721) : existing;
        setTitle(existing == null ? "New collection" : "Edit " + c.name());
        setHeaderText(existing == null ? "New collection" : "Collection settings");
        name.setText(c.name());
        name.setPromptText("e.g. Ember Armory");
        symbol.setText(c.symbol());
        symbol.setPromptText("e.g. EMBER");
        standard.setValue(c.standard());
        standard.setId("collection-standard");
        standard.setDisable(existing != null && existing.contractAddress() != null && !existing.contractAddress().isBlank());
        description.setText(c.description());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.setId("collection-description");
        cover.setText(c.coverImage());
        link.setText(c.externalLink());
        link.setPromptText("https://…");
        royaltyTo.setText(c.royaltyReceiver());
        royaltyTo.setPromptText("0x… (receives the EIP-2981 royalty)");
        royaltyBps.getValueFactory().setValue(c.royaltyBps());
        royaltyBps.setEditable(true);
        royaltyBps.setId("collection-royalty-bps");
        network.setValue(NetworkPresets.byId(c.network()).orElse(NetworkPresets.SANDBOX));
        network.setId("collection-network");
        network.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Network n) {
                return n == null ? "" : n.label() + (n.testnet() ? " · testnet" : "");
            }

            @Override
            public Network fromString(String s) {
                return null;
            }
        });
        profile.setValue(c.marketplaceProfile());
        profile.setId("collection-profile");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.TEXT_SMALL);
        problems.setId("collection-problems");

        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.svg", "*.webp"));
            File f = fc.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                cover.setText(f.getAbsolutePath());
            }
        });
        Label bpsHint = new Label();
        bpsHint.getStyleClass().add(Styles.TEXT_MUTED);
        royaltyBps.valueProperty().addListener((o, a, b) -> bpsHint.setText(String.format("= %.2f%%", b / 100.0)));
        bpsHint.setText(String.format("= %.2f%%", c.royaltyBps() / 100.0));

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(8, 4, 0, 4));
        g.getColumnConstraints().addAll(new ColumnConstraints(170), new ColumnConstraints(400));
        int r = 0;
        row(g, r++, "Name", name);
        row(g, r++, "Symbol", symbol);
        row(g, r++, "Standard", standard);
        row(g, r++, "Description", description);
        row(g, r++, "Cover image", grow(cover, browse));
        row(g, r++, "External link", link);
        HBox bps = new HBox(8, royaltyBps, bpsHint);
        bps.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row(g, r++, "Royalty (basis points)", bps);
        row(g, r++, "Royalty receiver", royaltyTo);
        row(g, r++, "Target network", network);
        row(g, r++, "Marketplace profile", profile);
        g.add(problems, 0, r, 2, 1);
        getDialogPane().setContent(g);
        ButtonType save = new ButtonType(existing == null ? "Create" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("collection-save");
        saveButton.disableProperty().bind(name.textProperty().isEmpty());
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                Collection out = build(c);
                String errors = CollectionValidator.validate(out).issues().stream().filter(Issue::isError)
                        .map(Issue::message).collect(Collectors.joining("\n"));
                if (!errors.isEmpty()) {
                    throw new AtelierException(errors);
                }
            } catch (AtelierException ex) {
                problems.setText(ex.userMessage());
                problems.getStyleClass().add(Styles.DANGER);
                e.consume();
            }
        });
        setResultConverter(bt -> bt == save ? build(c) : null);
    }

    private Collection build(Collection base) {
        return new Collection(base.id(), name.getText().strip(), symbol.getText().strip(), standard.getValue(), description.getText(),
                cover.getText().strip(), link.getText().strip(), royaltyTo.getText().strip(), royaltyBps.getValue(),
                network.getValue().id(), profile.getValue().id(), base.contractAddress(), base.baseUri());
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static HBox grow(TextField f, Button b) {
        HBox.setHgrow(f, Priority.ALWAYS);
        return new HBox(6, f, b);
    }

    private static void row(GridPane g, int r, String label, Node field) {
        g.add(new Label(label), 0, r);
        g.add(field, 1, r);
    }
}
