package fi.sote.booking.adapters.in.rest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.contract.Contract;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * Bad input over the whole served contract ({@link BadRequests}): more than ten thousand requests, each sent as raw
 * HTTP so that nothing in a client library tidies it first. No answer may be a 5xx; every error is problem+json;
 * an answer that refuses a field names it; and the service is still ready, its memory where it was, at the end.
 */
@QuarkusTest
class BadInputSweepTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Whom each operation is called as: the first of its roles in this order. */
    private static final List<String> CALLERS = List.of(
            Roles.ADMINISTRATOR,
            Roles.SUPERVISOR,
            Roles.PROFESSIONAL,
            Roles.COUNSELLOR,
            Roles.AUDITOR,
            Roles.INTEGRATION,
            Roles.CLIENT);

    @TestHTTPResource("/")
    URL base;

    @Inject
    LocalTokens tokens;

    @Test
    void noBadRequestOverTheContractGetsA5xxAndEveryRefusalIsAProblemNamingTheField() throws Exception {
        CatalogueFixture catalogue = new CatalogueFixture(tokens).create();
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (String role : CALLERS) {
            String subject = switch (role) {
                case Roles.PROFESSIONAL -> catalogue.professionalSubject;
                case Roles.SUPERVISOR -> catalogue.supervisorSubject;
                default -> role + "-" + catalogue.suffix;
            };
            tokenOf.put(
                    role,
                    tokens.issue(
                            subject,
                            subject,
                            DemoPersona.DEMO_ORGANISATION,
                            Set.of(role),
                            role.equals(Roles.INTEGRATION) ? IntegrationScopes.all() : Set.of(),
                            Duration.ofHours(1)));
        }
        String serviceTask = JsonPath.from(catalogue
                        .asAdministrator()
                        .body("{\"code\":\"BAD" + catalogue.suffix + "\",\"name\":{\"fi\":\"Tehtävä\"}}")
                        .post("/api/v1/service-tasks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        Map<String, JsonNode> known = new LinkedHashMap<>();
        known.put("resourceId", TextNode.valueOf(catalogue.resourceId));
        known.put("productId", TextNode.valueOf(catalogue.productId));
        known.put("productIds", JSON.createArrayNode().add(catalogue.productId));
        known.put("socialServiceId", TextNode.valueOf(catalogue.socialServiceId));
        known.put("socialServiceIds", JSON.createArrayNode().add(catalogue.socialServiceId));
        known.put("serviceTaskId", TextNode.valueOf(serviceTask));
        known.put("entryType", TextNode.valueOf(catalogue.blockingType()));
        known.put("contactMode", TextNode.valueOf(catalogue.contactMode()));
        known.put("contactModes", JSON.createArrayNode().add(catalogue.contactMode()));
        catalogue
                .asAdministrator()
                .body("{\"code\":\"A" + catalogue.suffix + "\",\"category\":\"ABSENCE\",\"blocksBooking\":true,"
                        + "\"name\":{\"fi\":\"Sairausloma\"},\"neutralLabel\":{\"fi\":\"Poissa\"}}")
                .post("/api/v1/calendar-entry-types")
                .then()
                .statusCode(201);
        known.put("recordAbsence.entryType", TextNode.valueOf("A" + catalogue.suffix));
        known.put("?client", TextNode.valueOf("ASIAKAS-1"));
        known.put("listCatalogueChanges?entity", TextNode.valueOf("resources"));
        known.put("?from", TextNode.valueOf("2027-01-04T00:00:00Z"));
        known.put("?to", TextNode.valueOf("2027-01-11T00:00:00Z"));
        for (String view : List.of("viewMyAgenda", "viewTeamAgenda", "listFirstContacts", "listBookingsMadeByMe")) {
            known.put(view + "?from", TextNode.valueOf("2027-01-04"));
        }
        // a counsellor joins a client to the waitlist, for days to come
        known.put("joinWaitlist.client", TextNode.valueOf("ASIAKAS-1"));
        known.put(
                "joinWaitlist.from",
                TextNode.valueOf(LocalDate.now().plusDays(30).toString()));
        known.put(
                "joinWaitlist.to", TextNode.valueOf(LocalDate.now().plusDays(40).toString()));
        for (String statistics :
                List.of("bookingStatistics", "statisticsIndicators", "timeUseStatistics", "waitlistStatistics")) {
            known.put(statistics + "?from", TextNode.valueOf("2026-01-01"));
            known.put(statistics + "?to", TextNode.valueOf("2026-12-31"));
        }
        BadRequests generator = new BadRequests(
                Contract.committed().document(),
                Map.of(
                        "resourceId",
                        catalogue.resourceId,
                        "team",
                        "TEAM_" + catalogue.suffix,
                        "reference",
                        "ASIAKAS-1",
                        "bookingReference",
                        "0DBB7D57"),
                known);
        // every probe as each role the operation admits: each role takes its own path (channels, rules, masking)
        List<Map.Entry<BadRequests.Probe, String>> probes = new ArrayList<>();
        for (BadRequests.Operation operation : generator.operations()) {
            List<String> roles = CALLERS.stream()
                    .filter(role ->
                            operation.roles().isEmpty() || operation.roles().contains(role))
                    .toList();
            for (BadRequests.Probe probe : generator.probes(operation)) {
                roles.forEach(role -> probes.add(Map.entry(probe, role)));
            }
        }
        assertThat(probes.size()).as("bad requests generated").isGreaterThanOrEqualTo(10_000);

        // where the unchanged request is itself refused with a 400 (an example body that needs more than the test's
        // catalogue), a refusal may name what the example lacks, so the naming is checked only where it is accepted
        Set<String> acceptedBaselines = new HashSet<>();
        Set<String> refusedBaselines = new TreeSet<>();
        for (BadRequests.Operation operation : generator.operations()) {
            for (String role : operation.roles().isEmpty() ? CALLERS : operation.roles()) {
                if (tokenOf.containsKey(role)) {
                    String pair = operation.id() + " " + role;
                    int status = send(generator.baseline(operation), tokenOf.get(role))
                            .status();
                    (status == 400 ? refusedBaselines : acceptedBaselines).add(pair);
                }
            }
        }
        assertThat(refusedBaselines)
                .as("operations and roles whose unchanged request is refused (%d taken)", acceptedBaselines.size())
                .isEmpty();

        long heapBefore = heapAfterCollection();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<String>> verdicts = new ArrayList<>();
        try {
            for (Map.Entry<BadRequests.Probe, String> probe : probes) {
                boolean named =
                        acceptedBaselines.contains(probe.getKey().operation().id() + " " + probe.getValue());
                verdicts.add(senders.submit(() -> judge(
                        probe.getKey(), probe.getValue(), named, send(probe.getKey(), tokenOf.get(probe.getValue())))));
            }
            Map<String, List<String>> wrong = new TreeMap<>();
            for (Future<String> verdict : verdicts) {
                String found = verdict.get();
                if (found != null) {
                    wrong.computeIfAbsent(found.substring(0, found.indexOf(':')), kind -> new ArrayList<>())
                            .add(found);
                }
            }
            // every wrong answer, for reading: target/bad-input-sweep.txt
            Files.write(
                    Path.of("target", "bad-input-sweep.txt"),
                    wrong.values().stream().flatMap(List::stream).toList(),
                    StandardCharsets.UTF_8);
            StringBuilder report = new StringBuilder();
            wrong.forEach((kind, answers) -> {
                report.append(String.format("%n%s: %d, e.g.", kind, answers.size()));
                answers.stream()
                        .limit(8)
                        .forEach(answer -> report.append("\n  ").append(answer));
            });
            assertThat(wrong)
                    .as("wrong answers of %d bad requests:%s", probes.size(), report)
                    .isEmpty();
        } finally {
            senders.shutdownNow();
        }

        Answer ready = send("GET", "/q/health/ready", Map.of(), null);
        assertThat(ready.status()).as("ready after the sweep").isEqualTo(200);
        assertThat(heapAfterCollection() - heapBefore)
                .as("heap kept after the sweep (bytes)")
                .isLessThan(64L * 1024 * 1024);
    }

    /** What is wrong with the answer, as "kind: details", or null when it is right. */
    private static String judge(BadRequests.Probe probe, String role, boolean named, Answer answer) {
        String at = probe.operation().id() + " as " + role + ", " + probe.what() + " -> " + answer.status() + " "
                + answer.body().substring(0, Math.min(answer.body().length(), 300));
        if (answer.status() >= 500 || answer.status() == 0) {
            return answer.status() + " answer: " + at;
        }
        if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            return "error not problem+json: " + at;
        }
        if (probe.refused() && answer.status() < 400) {
            return "accepted although wrong: " + at;
        }
        if (named && answer.status() == 400 && probe.field() != null) {
            JsonNode problem;
            try {
                problem = JSON.readTree(answer.body());
            } catch (IOException e) {
                return "unreadable problem: " + at;
            }
            if (probe.refused() || problem.path("code").asText().equals("validation")) {
                List<String> fields = new ArrayList<>();
                problem.path("errors")
                        .forEach(error -> fields.add(error.path("field").asText()));
                List<String> unknown = fields.stream()
                        .map(field -> field.replaceAll("\\[\\d+]", "[0]"))
                        .filter(field -> !probe.fields().contains(field) && !field.equals(probe.field()))
                        .toList();
                if (!unknown.isEmpty()) {
                    return "refusal names a field the request does not have: " + unknown + " " + at;
                }
                if (fields.stream().noneMatch(field -> related(field, probe.field()))) {
                    return "refusal names another field: " + at;
                }
            }
        }
        return null;
    }

    /** Whether the error's field is the probe's, one inside it, the object or list it sits in, or a sibling. */
    private static boolean related(String field, String probed) {
        String a = field.replaceAll("\\[\\d+]", "[0]");
        return a.equalsIgnoreCase(probed)
                || a.startsWith(probed + ".")
                || a.startsWith(probed + "[")
                || probed.startsWith(a + ".")
                || probed.startsWith(a + "[")
                || parent(a).equals(parent(probed));
    }

    private static String parent(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? "" : field.substring(0, dot);
    }

    private Answer send(BadRequests.Probe probe, String token) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.putAll(probe.headers());
        return send(probe.method(), probe.target(), headers, probe.body());
    }

    /** One request over a connection of its own, written byte for byte as given. */
    private Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            head.append("Host: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\n");
            headers.forEach((name, value) -> {
                if (!value.isEmpty() || !name.equals("Content-Type")) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private static long heapAfterCollection() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** An HTTP/1.1 answer read to the end of its connection. */
    private record Answer(int status, String contentType, String body) {

        static Answer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Answer(0, "", "no answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new Answer(
                    status, headers.getOrDefault("content-type", ""), new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = at;
                while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
            return out.toByteArray();
        }
    }
}
