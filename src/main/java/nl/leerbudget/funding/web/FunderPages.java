package nl.leerbudget.funding.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.CoFinancingLimits;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.funding.DepositUpload;
import nl.leerbudget.funding.FunderDeposits;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.funding.FunderReports;
import nl.leerbudget.funding.PeriodicDeposits;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.UsageReport;
import nl.leerbudget.funding.domain.Amounts;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funder's pages, without JavaScript: deposit to one person or from a file (a preview with every bad line and
 * the totals, then a confirmation), the people it funds, periodic deposits, the rule for co-financing requests, and
 * the usage report (a table, a chart of the same numbers, and CSV).
 */
@Controller
class FunderPages {

    private static final int RELATIONS_PAGE = 50;

    private final FunderDeposits deposits;
    private final FunderRelations relations;
    private final PeriodicDeposits periodic;
    private final CoFinancingLimits limits;
    private final FunderReports reports;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;

    FunderPages(
            FunderDeposits deposits,
            FunderRelations relations,
            PeriodicDeposits periodic,
            CoFinancingLimits limits,
            FunderReports reports,
            Ledger ledger,
            Actors actors,
            Clock clock) {
        this.deposits = deposits;
        this.relations = relations;
        this.periodic = periodic;
        this.limits = limits;
        this.reports = reports;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/financier/storten")
    String depositForms(Model model) {
        model.addAttribute("text", FunderText.INSTANCE);
        model.addAttribute("types", OfferingType.values());
        model.addAttribute("requestId", UUID.randomUUID());
        model.addAttribute("uploads", deposits.recent());
        model.addAttribute("plans", periodic.mine());
        model.addAttribute("limit", limits.mine().orElse(null));
        model.addAttribute("balance", balance());
        return "financier-storten";
    }

    @PostMapping("/financier/storten/een-persoon")
    String depositOne(
            @RequestParam(name = "verzoek", required = false) @Nullable String request,
            @RequestParam(name = "bsn", required = false) @Nullable String bsn,
            @RequestParam(name = "bedrag", required = false) @Nullable String amount,
            @RequestParam(name = "kenmerk", required = false) @Nullable String reference,
            @RequestParam(name = "naam", required = false) @Nullable String label,
            @RequestParam(name = "soort", required = false) @Nullable List<String> types,
            @RequestParam(name = "erkend", required = false) @Nullable String recognised,
            @RequestParam(name = "sectoren", required = false) @Nullable String sectors,
            @RequestParam(name = "niveau", required = false) @Nullable List<String> levels,
            @RequestParam(name = "beroepen", required = false) @Nullable String occupations,
            @RequestParam(name = "opleiders", required = false) @Nullable String providers,
            @RequestParam(name = "vanaf", required = false) @Nullable String from,
            @RequestParam(name = "tot", required = false) @Nullable String until,
            @RequestParam(name = "restant", required = false) @Nullable String rest,
            @RequestParam(name = "einde", required = false) @Nullable String relationEnd,
            RedirectAttributes redirect) {
        Optional<UUID> requestId = uuid(request);
        Money money = Amounts.positive(amount);
        String number = bsn == null ? "" : bsn.strip();
        var read = new TermsForm(
                        label,
                        types,
                        recognised,
                        sectors,
                        levels,
                        occupations,
                        providers,
                        from,
                        until,
                        rest,
                        relationEnd)
                .read();
        List<String> messages = new java.util.ArrayList<>();
        if (requestId.isEmpty()) {
            messages.add("Het formulier is niet compleet. Probeer het opnieuw.");
        }
        if (number.isEmpty()) {
            messages.add("Vul het BSN in van de persoon die het geld krijgt.");
        }
        if (money == null) {
            messages.add("Vul het bedrag in euro's in, bijvoorbeeld 500,00.");
        }
        if (read instanceof TermsForm.Read.Invalid invalid) {
            messages.addAll(invalid.messages());
        }
        if (!messages.isEmpty()
                || money == null
                || requestId.isEmpty()
                || !(read instanceof TermsForm.Read.Valid valid)) {
            redirect.addFlashAttribute("errors", messages);
            return "redirect:/financier/storten#een-persoon";
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        switch (deposits.depositOne(requestId.get(), PersonKey.bsn(number), money, valid.terms(), ref)) {
            case FunderDeposits.Outcome.Deposited done ->
                redirect.addFlashAttribute(
                        "message",
                        done.replayed()
                                ? "Dit geld was al gestort. Er is niets nog een keer gestort."
                                : "Gelukt: " + FunderText.INSTANCE.euros(done.total()) + " staat op de leerrekening.");
            case FunderDeposits.Outcome.Refused refused ->
                redirect.addFlashAttribute(
                        "errors",
                        List.of(refused.rule().reason() + " (regel "
                                + refused.rule().id() + ")"));
            case FunderDeposits.Outcome.NotFound notFound ->
                redirect.addFlashAttribute("errors", List.of("Dit bestaat niet (meer)."));
        }
        return "redirect:/financier/storten";
    }

    @PostMapping("/financier/bestanden")
    String upload(
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "naam", required = false) @Nullable String label,
            @RequestParam(name = "soort", required = false) @Nullable List<String> types,
            @RequestParam(name = "erkend", required = false) @Nullable String recognised,
            @RequestParam(name = "sectoren", required = false) @Nullable String sectors,
            @RequestParam(name = "niveau", required = false) @Nullable List<String> levels,
            @RequestParam(name = "beroepen", required = false) @Nullable String occupations,
            @RequestParam(name = "opleiders", required = false) @Nullable String providers,
            @RequestParam(name = "vanaf", required = false) @Nullable String from,
            @RequestParam(name = "tot", required = false) @Nullable String until,
            @RequestParam(name = "restant", required = false) @Nullable String rest,
            @RequestParam(name = "einde", required = false) @Nullable String relationEnd,
            RedirectAttributes redirect)
            throws IOException {
        var read = new TermsForm(
                        label,
                        types,
                        recognised,
                        sectors,
                        levels,
                        occupations,
                        providers,
                        from,
                        until,
                        rest,
                        relationEnd)
                .read();
        List<String> messages = new java.util.ArrayList<>();
        if (file == null || file.isEmpty()) {
            messages.add("Kies een bestand (CSV) om te laden.");
        }
        if (read instanceof TermsForm.Read.Invalid invalid) {
            messages.addAll(invalid.messages());
        }
        if (file == null || file.isEmpty() || !(read instanceof TermsForm.Read.Valid valid)) {
            redirect.addFlashAttribute("fileErrors", messages);
            return "redirect:/financier/storten#bestand";
        }
        String name = file.getOriginalFilename();
        DepositUpload upload = deposits.preview(name == null ? "" : name, file.getBytes(), valid.terms());
        return "redirect:/financier/bestanden/" + upload.id();
    }

    @GetMapping("/financier/bestanden/{id}")
    String preview(@PathVariable String id, Model model) {
        Optional<DepositUpload> upload = uuid(id).flatMap(deposits::upload);
        if (upload.isEmpty()) {
            model.addAttribute("errors", List.of("Dit bestand bestaat niet, of is niet van uw organisatie."));
            return depositForms(model);
        }
        model.addAttribute("upload", upload.get());
        model.addAttribute("text", FunderText.INSTANCE);
        model.addAttribute("balance", balance());
        return "financier-bestand";
    }

    @PostMapping("/financier/bestanden/{id}/bevestigen")
    String confirm(@PathVariable String id, RedirectAttributes redirect) {
        Optional<UUID> upload = uuid(id);
        if (upload.isEmpty()) {
            return "redirect:/financier/storten";
        }
        switch (deposits.confirm(upload.get())) {
            case FunderDeposits.Outcome.Deposited done ->
                redirect.addFlashAttribute(
                        "message",
                        done.replayed()
                                ? "Dit bestand was al gestort. Er is niets nog een keer gestort."
                                : "Gelukt: " + FunderText.INSTANCE.euros(done.total())
                                        + " gestort op de leerrekeningen van " + done.people()
                                        + (done.people() == 1 ? " persoon." : " mensen."));
            case FunderDeposits.Outcome.Refused refused ->
                redirect.addFlashAttribute(
                        "errors",
                        List.of(refused.rule().reason() + " (regel "
                                + refused.rule().id() + ")"));
            case FunderDeposits.Outcome.NotFound notFound ->
                redirect.addFlashAttribute(
                        "errors", List.of("Dit bestand bestaat niet, of is niet van uw organisatie."));
        }
        return "redirect:/financier/bestanden/" + upload.get();
    }

    @PostMapping("/financier/periodiek")
    String addPlan(
            @RequestParam(name = "verzoek", required = false) @Nullable String request,
            @RequestParam(name = "bedrag", required = false) @Nullable String amount,
            @RequestParam(name = "relatie", required = false) @Nullable String kind,
            @RequestParam(name = "dag", required = false) @Nullable String day,
            @RequestParam(name = "maanden", required = false) @Nullable String months,
            @RequestParam(name = "naam", required = false) @Nullable String label,
            @RequestParam(name = "soort", required = false) @Nullable List<String> types,
            @RequestParam(name = "erkend", required = false) @Nullable String recognised,
            @RequestParam(name = "sectoren", required = false) @Nullable String sectors,
            @RequestParam(name = "niveau", required = false) @Nullable List<String> levels,
            @RequestParam(name = "beroepen", required = false) @Nullable String occupations,
            @RequestParam(name = "opleiders", required = false) @Nullable String providers,
            @RequestParam(name = "restant", required = false) @Nullable String rest,
            @RequestParam(name = "einde", required = false) @Nullable String relationEnd,
            RedirectAttributes redirect) {
        List<String> messages = new java.util.ArrayList<>();
        Optional<UUID> requestId = uuid(request);
        Money money = Amounts.positive(amount);
        RelationKind relation = kind == null ? null : RelationKind.ofDutch(kind);
        LocalDate first = null;
        try {
            first = day == null ? null : LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            first = null;
        }
        Integer valid = null;
        if (months != null && !months.isBlank()) {
            valid = months.strip().matches("[0-9]{1,3}") ? Integer.valueOf(months.strip()) : -1;
        }
        var read = new TermsForm(
                        label,
                        types,
                        recognised,
                        sectors,
                        levels,
                        occupations,
                        providers,
                        null,
                        null,
                        rest,
                        relationEnd)
                .read();
        if (requestId.isEmpty()) {
            messages.add("Het formulier is niet compleet. Probeer het opnieuw.");
        }
        if (money == null) {
            messages.add("Vul het bedrag in euro's in, bijvoorbeeld 500,00.");
        }
        if (relation == null) {
            messages.add("Kies voor wie het geld is: medewerkers, leden of cliënten.");
        }
        if (first == null || first.getDayOfMonth() > 28) {
            messages.add("Vul de eerste dag in als datum, zoals 2027-01-01. Kies een dag van 1 tot en met 28.");
        }
        if (valid != null && (valid < 1 || valid > 600)) {
            messages.add("Vul in hoeveel maanden het geld te gebruiken is: een getal van 1 tot en met 600.");
        }
        if (read instanceof TermsForm.Read.Invalid invalid) {
            messages.addAll(invalid.messages());
        }
        if (!messages.isEmpty()
                || money == null
                || relation == null
                || first == null
                || requestId.isEmpty()
                || !(read instanceof TermsForm.Read.Valid terms)) {
            redirect.addFlashAttribute("planErrors", messages);
            return "redirect:/financier/storten#periodiek";
        }
        DepositTerms t = terms.terms();
        periodic.create(
                requestId.get(),
                t.label(),
                money,
                relation,
                MonthDay.from(first),
                first.getYear(),
                valid,
                t.conditions(),
                t.expiryRule(),
                t.onRelationEnd());
        redirect.addFlashAttribute(
                "message",
                "Gelukt: elk jaar op " + DutchText.date(first).replaceAll(" [0-9]{4}$", "") + " storten wij "
                        + FunderText.INSTANCE.euros(money) + " voor iedereen met een " + relation.dutch()
                        + " op die dag.");
        return "redirect:/financier/storten#periodiek";
    }

    @PostMapping("/financier/automatisch-goedkeuren")
    String setLimit(
            @RequestParam(name = "grens", required = false) @Nullable String limit, RedirectAttributes redirect) {
        if (limit == null || limit.isBlank()) {
            limits.set(null);
            redirect.addFlashAttribute("message", "U beoordeelt nu elk verzoek om bij te betalen zelf.");
            return "redirect:/financier/storten#automatisch";
        }
        Money money = Amounts.positive(limit);
        if (money == null) {
            redirect.addFlashAttribute(
                    "limitErrors", List.of("Vul de grens in euro's in, bijvoorbeeld 250,00, of laat het veld leeg."));
            return "redirect:/financier/storten#automatisch";
        }
        limits.set(money);
        redirect.addFlashAttribute(
                "message",
                "Gelukt: verzoeken tot en met " + FunderText.INSTANCE.euros(money)
                        + " keuren wij meteen goed (regel F17).");
        return "redirect:/financier/storten#automatisch";
    }

    @GetMapping("/financier/relaties")
    String relations(@RequestParam(name = "pagina", required = false) @Nullable String page, Model model) {
        int number = page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        model.addAttribute("relations", relations.mine(number, RELATIONS_PAGE));
        model.addAttribute("text", FunderText.INSTANCE);
        return "financier-relaties";
    }

    @PostMapping("/financier/relaties")
    String uploadRelations(
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of("Kies een bestand (CSV) om te laden."));
            return "redirect:/financier/relaties";
        }
        FunderRelations.Upload result = relations.upload(file.getBytes());
        if (!result.problems().isEmpty()) {
            redirect.addFlashAttribute("problems", result.problems());
        } else {
            redirect.addFlashAttribute(
                    "message", "Gelukt: " + result.added() + " nieuw, " + result.updated() + " bijgewerkt.");
        }
        return "redirect:/financier/relaties";
    }

    @GetMapping("/financier/gebruik")
    String usage(Model model) {
        Optional<UsageReport> report = reports.mine();
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("text", FunderText.INSTANCE);
        model.addAttribute("chart", report.map(UsageChart::of).orElse(null));
        return "financier-gebruik";
    }

    /** The report's numbers as a CSV file: one line per year and flow, then per provider and per offering type. */
    @GetMapping("/financier/gebruik.csv")
    org.springframework.http.ResponseEntity<byte[]> usageFile() {
        Optional<UsageReport> report = reports.mine();
        if (report.isEmpty()) {
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FOUND)
                    .header(org.springframework.http.HttpHeaders.LOCATION, "/financier/gebruik")
                    .build();
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(
                        new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("gebruik-" + LocalDate.ofInstant(clock.instant(), Ledger.ZONE) + ".csv")
                                .build()
                                .toString())
                .body(UsageCsv.write(report.get()));
    }

    private @Nullable Money balance() {
        AccountId funder =
                new AccountId(java.util.Objects.requireNonNull(actors.current().organisation()));
        return ledger.account(funder).map(a -> Money.cents(a.available())).orElse(null);
    }

    private static Optional<UUID> uuid(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
