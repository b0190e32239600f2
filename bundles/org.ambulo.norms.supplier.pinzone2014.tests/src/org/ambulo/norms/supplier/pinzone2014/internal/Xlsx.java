package org.ambulo.norms.supplier.pinzone2014.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Just enough of the xlsx format (a zip of XML) to read one sheet's cells as text: shared strings and plain values. */
final class Xlsx {

    private Xlsx() {
    }

    /** Rows (by 1-based row number) of cells (by 0-based column) of {@code xl/worksheets/<sheet>.xml}. */
    static Map<Integer, Map<Integer, String>> sheet(Path file, String sheet) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                NodeList items = parse(zip.getInputStream(strings)).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(items.item(i).getTextContent());
                }
            }
            ZipEntry entry = zip.getEntry("xl/worksheets/" + sheet + ".xml");
            if (entry == null) {
                throw new IOException(file + " has no sheet " + sheet);
            }
            Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
            NodeList cells = parse(zip.getInputStream(entry)).getElementsByTagName("c");
            for (int i = 0; i < cells.getLength(); i++) {
                Element c = (Element) cells.item(i);
                NodeList v = c.getElementsByTagName("v");
                if (v.getLength() == 0) {
                    continue;
                }
                String text = v.item(0).getTextContent();
                if ("s".equals(c.getAttribute("t"))) {
                    text = shared.get(Integer.parseInt(text));
                }
                String ref = c.getAttribute("r");
                int split = 0;
                while (Character.isLetter(ref.charAt(split))) {
                    split++;
                }
                int column = 0;
                for (int k = 0; k < split; k++) {
                    column = column * 26 + (ref.charAt(k) - 'A' + 1);
                }
                rows.computeIfAbsent(Integer.parseInt(ref.substring(split)), r -> new TreeMap<>()).put(column - 1, text);
            }
            return rows;
        }
    }

    private static Document parse(InputStream in) throws IOException {
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("bad xlsx XML: " + e.getMessage(), e);
        }
    }
}
