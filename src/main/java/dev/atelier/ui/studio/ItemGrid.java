package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.Item;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

/** The items as a thumbnail grid (ControlsFX GridView over the same lazily loaded rows). */
final class ItemGrid extends GridView<Item> {
    ItemGrid(StudioViewModel vm, Thumbnails thumbnails, Consumer<Item> select) {
        setId("studio-grid");
        getStyleClass().add("item-grid");
        setCellWidth(150);
        setCellHeight(190);
        setHorizontalCellSpacing(10);
        setVerticalCellSpacing(10);
        setCellFactory(g -> new GridCell<>() {
            private final ImageView view = new ImageView();
            private final Label name = new Label();
            private final VerdictBadge badge = new VerdictBadge();
            private final VBox box;

            {
                view.setFitWidth(128);
                view.setFitHeight(128);
                view.setPreserveRatio(true);
                StackPane pic = new StackPane(view);
                pic.setMinSize(130, 130);
                pic.getStyleClass().add("grid-picture");
                name.getStyleClass().add(Styles.TEXT_SMALL);
                name.setMaxWidth(140);
                box = new VBox(4, pic, name, badge);
                box.setAlignment(Pos.TOP_CENTER);
                box.getStyleClass().add("grid-card");
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        select.accept(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(Item it, boolean empty) {
                super.updateItem(it, empty);
                if (empty || it == null) {
                    setGraphic(null);
                    return;
                }
                view.setImage(thumbnails.get(it.image(), 256));
                name.setText("#" + it.tokenId() + " " + it.name());
                badge.show(it.verdict());
                setGraphic(box);
            }
        });
        vm.rowsProperty().addListener((o, a, b) -> setItems(b == null ? FXCollections.observableArrayList()
                : FXCollections.observableList(b)));
        if (vm.rowsProperty().get() != null) {
            setItems(FXCollections.observableList(vm.rowsProperty().get()));
        }
    }
}
