package nl.leerbudget.payments;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A written file read back, with paths below {@code Document/CstmrCdtTrfInitn} such as {@code GrpHdr/CtrlSum}. */
final class Pain001File {

    private final Document document;
    private final XPath xpath;

    Pain001File(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("not a readable XML document", e);
        }
        xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? Pain001.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceUri) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** The texts of all elements at the path, in document order. */
    List<String> texts(String path) {
        StringBuilder expression = new StringBuilder("/p:Document/p:CstmrCdtTrfInitn");
        for (String step : path.split("/")) {
            expression.append(step.startsWith("@") ? "/" + step : "/p:" + step);
        }
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression.toString(), document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot evaluate " + expression, e);
        }
    }

    /** The text of the one element at the path. */
    String text(String path) {
        List<String> texts = texts(path);
        if (texts.size() != 1) {
            throw new AssertionError("expected one " + path + ", found " + texts);
        }
        return texts.get(0);
    }
}
