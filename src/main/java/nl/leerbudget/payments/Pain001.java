package nl.leerbudget.payments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.leerbudget.shared.Iban;

/**
 * Writes a {@link PaymentBatch} as a SEPA credit transfer initiation: ISO 20022 {@code pain.001.001.09}, with the
 * usage rules of the EPC's SCT customer-to-PSP implementation guidelines (EPC132-08): one payment information block,
 * payment method TRF, service level SEPA, batch booking, charges shared (SLEV), amounts in euros, names of at most 70
 * characters and texts in the SEPA character set.
 */
public final class Pain001 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /** EPC132-08 limits the names of debtor, creditor and initiating party to 70 characters (ISO allows 140). */
    private static final int NAME_LENGTH = 70;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Pain001() {}

    /** The file in UTF-8. */
    public static byte[] write(PaymentBatch batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer =
                    XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            Xml xml = new Xml(writer);
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            writer.setDefaultNamespace(NAMESPACE);
            xml.start("Document");
            writer.writeDefaultNamespace(NAMESPACE);
            xml.start("CstmrCdtTrfInitn");
            groupHeader(xml, batch);
            paymentInformation(xml, batch);
            xml.end();
            xml.end();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the pain.001 file of batch " + batch.messageId(), e);
        }
        return bytes.toByteArray();
    }

    private static void groupHeader(Xml xml, PaymentBatch batch) throws XMLStreamException {
        xml.start("GrpHdr");
        xml.leaf("MsgId", batch.messageId());
        xml.leaf(
                "CreDtTm",
                batch.createdAt()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .atZone(PaymentBatch.ZONE)
                        .format(DATE_TIME));
        xml.leaf("NbOfTxs", Integer.toString(batch.numberOfTransactions()));
        xml.leaf("CtrlSum", batch.controlSum().toDecimalString());
        xml.start("InitgPty");
        xml.leaf("Nm", name(batch.initiatingParty()));
        xml.end();
        xml.end();
    }

    private static void paymentInformation(Xml xml, PaymentBatch batch) throws XMLStreamException {
        xml.start("PmtInf");
        xml.leaf("PmtInfId", batch.messageId());
        xml.leaf("PmtMtd", "TRF");
        xml.leaf("BtchBookg", "true");
        xml.leaf("NbOfTxs", Integer.toString(batch.numberOfTransactions()));
        xml.leaf("CtrlSum", batch.controlSum().toDecimalString());
        xml.start("PmtTpInf");
        xml.start("SvcLvl");
        xml.leaf("Cd", "SEPA");
        xml.end();
        xml.end();
        xml.start("ReqdExctnDt");
        xml.leaf("Dt", batch.requestedExecutionDate().toString());
        xml.end();
        party(xml, "Dbtr", batch.debtor());
        account(xml, "DbtrAcct", batch.debtor().iban());
        // The debtor agent is mandatory; without a BIC, EPC132-08 asks for "NOTPROVIDED".
        xml.start("DbtrAgt");
        xml.start("FinInstnId");
        String debtorBic = batch.debtor().bic();
        if (debtorBic != null) {
            xml.leaf("BICFI", debtorBic);
        } else {
            xml.start("Othr");
            xml.leaf("Id", "NOTPROVIDED");
            xml.end();
        }
        xml.end();
        xml.end();
        xml.leaf("ChrgBr", "SLEV");
        for (CreditTransfer transfer : batch.transfers()) {
            transfer(xml, transfer);
        }
        xml.end();
    }

    private static void transfer(Xml xml, CreditTransfer transfer) throws XMLStreamException {
        xml.start("CdtTrfTxInf");
        xml.start("PmtId");
        xml.leaf("EndToEndId", transfer.endToEndId());
        xml.end();
        xml.start("Amt");
        xml.leaf("InstdAmt", "Ccy", "EUR", transfer.amount().toDecimalString());
        xml.end();
        String creditorBic = transfer.creditor().bic();
        if (creditorBic != null) {
            xml.start("CdtrAgt");
            xml.start("FinInstnId");
            xml.leaf("BICFI", creditorBic);
            xml.end();
            xml.end();
        }
        party(xml, "Cdtr", transfer.creditor());
        account(xml, "CdtrAcct", transfer.creditor().iban());
        xml.start("RmtInf");
        xml.leaf("Ustrd", SepaText.of(transfer.remittance()));
        xml.end();
        xml.end();
    }

    private static void party(Xml xml, String element, Party party) throws XMLStreamException {
        xml.start(element);
        xml.leaf("Nm", name(party.name()));
        xml.end();
    }

    private static void account(Xml xml, String element, Iban iban) throws XMLStreamException {
        xml.start(element);
        xml.start("Id");
        xml.leaf("IBAN", iban.value());
        xml.end();
        xml.end();
    }

    private static String name(String name) {
        return SepaText.cut(SepaText.of(name), NAME_LENGTH);
    }

    /** Elements in the pain.001 namespace, one per line and indented, so that a person can read the file. */
    private static final class Xml {

        private final XMLStreamWriter writer;
        private int depth;

        Xml(XMLStreamWriter writer) {
            this.writer = writer;
        }

        void start(String name) throws XMLStreamException {
            indent();
            writer.writeStartElement(NAMESPACE, name);
            depth++;
        }

        void end() throws XMLStreamException {
            depth--;
            indent();
            writer.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            indent();
            writer.writeStartElement(NAMESPACE, name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }

        void leaf(String name, String attribute, String value, String text) throws XMLStreamException {
            indent();
            writer.writeStartElement(NAMESPACE, name);
            writer.writeAttribute(attribute, value);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            writer.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
