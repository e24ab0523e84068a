package com.deadlinecost.service.export.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of an exported PDF: DejaVu Sans embedded where installed, with glyph substitution off. PDFBox 3
 * applies the font's ligatures when it writes text, so "fleet" was written with the "ﬂ" glyph and a search
 * for "fleet" in the PDF found nothing; without substitution every character keeps its own glyph.
 */
final class PdfFonts implements Closeable {
    // Where Linux distributions and macOS (Homebrew) keep DejaVu; others use the PDF base fonts.
    private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts");

    private final List<TrueTypeFont> opened = new ArrayList<>();

    /** Registers DejaVu Sans and its bold face with {@code fonts} for {@code document}, when installed. */
    void register(PDDocument document, PdfBoxGraphics2DFontTextDrawerDefaultFonts fonts) throws IOException {
        for (String folder : FONT_FOLDERS) {
            File regular = new File(folder, "DejaVuSans.ttf");
            File bold = new File(folder, "DejaVuSans-Bold.ttf");
            if (regular.isFile() && bold.isFile()) {
                register(document, fonts, regular);
                register(document, fonts, bold);
                return;
            }
        }
    }

    private void register(PDDocument document, PdfBoxGraphics2DFontTextDrawerDefaultFonts fonts, File file)
            throws IOException {
        String name;
        try {
            name = Font.createFont(Font.TRUETYPE_FONT, file).getFontName();
        } catch (FontFormatException e) {
            return;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        opened.add(font);
        font.setEnableGsub(false);
        fonts.registerFont(name, PDType0Font.load(document, font, true));
    }

    /** Closes the font files; call once the document is saved. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : opened) {
            font.close();
        }
    }
}
