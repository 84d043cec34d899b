package dev.atelier.ui.studio;

import dev.atelier.studio.Item;
import dev.atelier.studio.ItemSort;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;

/**
 * The items as a table over {@link LazyItems}: only visible rows are loaded, thumbnails decode in
 * the background, and clicking a header re-runs the query in that order (indexed in the database,
 * not sorted in memory).
 */
final class ItemTable extends TableView<Item> {
    private final TableColumn<Item, Item> supply = new TableColumn<>("Supply");

    ItemTable(StudioViewModel vm, Thumbnails thumbnails) {
        setId("studio-table");
        getStyleClass().add("item-table");
        setFixedCellSize(52);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        setPlaceholder(new Label("No items match. Clear the search or the filters, or import items."));

        TableColumn<Item, Item> pic = column("", 60, null);
        pic.setSortable(false);
        pic.setMinWidth(60);
        pic.setMaxWidth(60);
        pic.setResizable(false);
        pic.setCellFactory(c -> new TableCell<>() {
            private final ImageView view = new ImageView();

            {
                view.setFitWidth(44);
                view.setFitHeight(44);
                view.setPreserveRatio(true);
            }

            @Override
            protected void updateItem(Item it, boolean empty) {
                super.updateItem(it, empty);
                view.setImage(empty || it == null ? null : thumbnails.get(it.image(), 88));
                setGraphic(empty ? null : view);
            }
        });
        TableColumn<Item, Item> token = column("Token", 80, ItemSort.TOKEN);
        token.setMinWidth(70);
        token.setCellFactory(c -> text(it -> "#" + it.tokenId()));
        TableColumn<Item, Item> name = column("Name", 220, ItemSort.NAME);
        name.setMinWidth(120);
        name.setCellFactory(c -> text(Item::name));
        supply.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        supply.setPrefWidth(90);
        supply.setMinWidth(80);
        supply.setUserData(ItemSort.SUPPLY);
        supply.setCellFactory(c -> text(it -> String.format("%,d", it.supply())));
        TableColumn<Item, Item> status = column("Status", 80, ItemSort.STATUS);
        status.setMinWidth(70);
        status.setCellFactory(c -> text(it -> it.status().id()));
        TableColumn<Item, Item> check = column("Check", 120, ItemSort.VERDICT);
        check.setMinWidth(115);
        check.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Item it, boolean empty) {
                super.updateItem(it, empty);
                setGraphic(empty || it == null ? null : new VerdictBadge(it.verdict()));
            }
        });
        getColumns().setAll(java.util.List.of(pic, token, name, supply, status, check));

        setSortPolicy(t -> {
            if (getSortOrder().isEmpty()) {
                vm.sortProperty().set(ItemSort.TOKEN);
                vm.descendingProperty().set(false);
            } else {
                TableColumn<Item, ?> c = getSortOrder().get(0);
                vm.sortProperty().set((ItemSort) c.getUserData());
                vm.descendingProperty().set(c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        vm.rowsProperty().addListener((o, a, b) -> setItems(b == null ? FXCollections.observableArrayList()
                : FXCollections.observableList(b)));
        if (vm.rowsProperty().get() != null) {
            setItems(FXCollections.observableList(vm.rowsProperty().get()));
        }
    }

    void showSupply(boolean show) {
        supply.setVisible(show);
    }

    private TableColumn<Item, Item> column(String title, double width, ItemSort sort) {
        TableColumn<Item, Item> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(width);
        c.setUserData(sort);
        c.setSortable(sort != null);
        return c;
    }

    private static TableCell<Item, Item> text(java.util.function.Function<Item, String> f) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Item it, boolean empty) {
                super.updateItem(it, empty);
                setText(empty || it == null ? null : f.apply(it));
            }
        };
    }

}
