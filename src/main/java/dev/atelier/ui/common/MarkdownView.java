package dev.atelier.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders a Markdown page (the user guide, shown as in-app help) as JavaFX nodes: headings,
 * paragraphs with emphasis, code and links, lists, quotes, code blocks. No HTML, no scripts, no
 * network: links are handed to the caller.
 */
public final class MarkdownView extends VBox {
    private final Consumer<String> onLink;

    public MarkdownView(String markdown, Consumer<String> onLink) {
        this.onLink = onLink;
        getStyleClass().add("markdown");
        setSpacing(10);
        org.commonmark.node.Node doc = Parser.builder().build().parse(markdown);
        for (org.commonmark.node.Node b = doc.getFirstChild(); b != null; b = b.getNext()) {
            getChildren().add(block(b, 0));
        }
    }

    private Node block(org.commonmark.node.Node b, int depth) {
        if (b instanceof Heading h) {
            Label l = new Label(plainText(h));
            l.setWrapText(true);
            l.getStyleClass().add(h.getLevel() <= 1 ? "title-2" : h.getLevel() == 2 ? "title-3" : "title-4");
            return l;
        }
        if (b instanceof Paragraph p) {
            return inline(p);
        }
        if (b instanceof BulletList || b instanceof OrderedList) {
            VBox list = new VBox(4);
            int n = b instanceof OrderedList ol ? ol.getMarkerStartNumber() : 0;
            for (org.commonmark.node.Node item = b.getFirstChild(); item != null; item = item.getNext()) {
                String marker = b instanceof OrderedList ? (n++) + "." : "•";
                VBox body = new VBox(4);
                for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    body.getChildren().add(block(c, depth + 1));
                }
                Label m = new Label(marker);
                m.setMinWidth(20);
                HBox row = new HBox(6, m, body);
                list.getChildren().add(row);
            }
            return list;
        }
        if (b instanceof FencedCodeBlock f) {
            return code(f.getLiteral());
        }
        if (b instanceof IndentedCodeBlock i) {
            return code(i.getLiteral());
        }
        if (b instanceof BlockQuote q) {
            VBox box = new VBox(6);
            box.getStyleClass().add("markdown-quote");
            for (org.commonmark.node.Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                box.getChildren().add(block(c, depth + 1));
            }
            return box;
        }
        if (b instanceof ThematicBreak) {
            return new Separator();
        }
        if (b instanceof ListItem) {
            return inline(b);
        }
        return new Label(plainText(b));
    }

    private Node code(String literal) {
        Label l = new Label(literal.stripTrailing());
        l.getStyleClass().add("markdown-code-block");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("markdown-paragraph");
        parent.accept(new AbstractVisitor() {
            private boolean strong;
            private boolean em;

            @Override
            public void visit(org.commonmark.node.Text text) {
                Text t = new Text(text.getLiteral());
                t.getStyleClass().add("markdown-text");
                if (strong) {
                    t.getStyleClass().add("text-bold");
                }
                if (em) {
                    t.getStyleClass().add("text-italic");
                }
                flow.getChildren().add(t);
            }

            @Override
            public void visit(Code code) {
                Text t = new Text(code.getLiteral());
                t.getStyleClass().addAll("markdown-text", "markdown-code");
                flow.getChildren().add(t);
            }

            @Override
            public void visit(StrongEmphasis s) {
                strong = true;
                visitChildren(s);
                strong = false;
            }

            @Override
            public void visit(Emphasis e) {
                em = true;
                visitChildren(e);
                em = false;
            }

            @Override
            public void visit(Link link) {
                Hyperlink h = new Hyperlink(plainText(link));
                h.setOnAction(e -> onLink.accept(link.getDestination()));
                flow.getChildren().add(h);
            }

            @Override
            public void visit(SoftLineBreak b) {
                flow.getChildren().add(new Text(" "));
            }

            @Override
            public void visit(HardLineBreak b) {
                flow.getChildren().add(new Text("\n"));
            }
        });
        return flow;
    }

    private static String plainText(org.commonmark.node.Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }
}
