package saferstats.ingest.cache;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import saferstats.area.LsoaTally;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.IdentitySketch;
import saferstats.ingest.result.LazyList;
import saferstats.ingest.result.Partition;
import saferstats.model.Month;
import saferstats.model.PartitionKey;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.Rejection;
import saferstats.model.RowTally;
import saferstats.model.SourceKind;
import saferstats.mps.DashboardFile;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.DashboardRow;
import saferstats.mps.MpsFile;
import saferstats.mps.MpsLayout;
import saferstats.mps.MpsRow;

/**
 * The parse cache's binary form of a {@link FileResult}: magic, format version, payload length, the
 * payload (a string table, then the result with each string as its table index) and a CRC-32 of the
 * payload. Maps come back sorted by key, as the readers build them (TreeMaps), so a decoded result
 * reads exactly as the parsed one. Bump {@link #FORMAT} whenever FileResult or anything inside it
 * changes shape, or when the same bytes are read into another result (format 2: a police.uk file's
 * month is the one most of its rows carry, no longer its first row's; format 3: LSOA codes read
 * trimmed and in capitals, and rows with an LSOA but no point counted apart; format 4: MPS tables
 * read past a spreadsheet's changes, totals rows and blank area codes or boroughs; format 5: a
 * sample of each partition's row identities, and a force spelled two ways read as one; format 6:
 * the selected rows counted by category, so a rerun takes the area's monthly counts from the entry;
 * format 7: the selected rows tallied by force and by category, month and last outcome, and their
 * bytes preceded by their length, so a rerun that reads only the tallies skips the rows and decodes
 * them, with the strings only they hold, if and when a command asks for them; format 8: the MPS
 * Monthly Crime Dashboard's rows, so a dashboard file is no longer parsed on every run; format 9:
 * the located rows counted by local authority and category and by local authority and force, for a
 * police.uk force's partnerships as peers).
 */
public final class FileResultCodec {
  static final int MAGIC = 0x53534652; // "SSFR"
  static final int FORMAT = 9;

  /** An entry that is not a whole, intact encoding of this format: ignore it and parse again. */
  public static final class CorruptEntry extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptEntry(String why) {
      super(why);
    }
  }

  private static final Comparator<RowTally.OutcomeCell> CELL_ORDER =
      Comparator.comparing(RowTally.OutcomeCell::category)
          .thenComparing(
              RowTally.OutcomeCell::month, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(RowTally.OutcomeCell::lastOutcome);

  private FileResultCodec() {}

  public static void write(FileResult result, OutputStream out) throws IOException {
    Encoder body = new Encoder();
    body.result(result);
    ByteArrayOutputStream payload = new ByteArrayOutputStream(body.bytes.size() + 4096);
    DataOutputStream p = new DataOutputStream(payload);
    p.writeInt(body.strings.size());
    for (String s : body.strings.keySet()) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      p.writeInt(utf8.length);
      p.write(utf8);
    }
    body.bytes.writeTo(p);
    p.flush();
    byte[] bytes = payload.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeInt(bytes.length);
    d.write(bytes);
    d.writeLong(crc.getValue());
    d.flush();
  }

  /**
   * The result, or {@link CorruptEntry} when the bytes are truncated, damaged or of another format.
   */
  public static FileResult read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      if (d.readInt() != MAGIC || d.readInt() != FORMAT) {
        throw new CorruptEntry("not a parse cache entry of format " + FORMAT);
      }
      int length = d.readInt();
      if (length < 0) {
        throw new CorruptEntry("negative length");
      }
      byte[] bytes = d.readNBytes(length);
      if (bytes.length != length) {
        throw new CorruptEntry("truncated");
      }
      long stored = d.readLong();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      if (crc.getValue() != stored || d.read() != -1) {
        throw new CorruptEntry("checksum mismatch or trailing bytes");
      }
      return new Decoder(bytes).result();
    } catch (java.io.EOFException e) {
      throw new CorruptEntry("truncated");
    } catch (RuntimeException e) {
      throw new CorruptEntry("undecodable: " + e);
    }
  }

  /** Writes the body, collecting strings into the table as it goes. */
  private static final class Encoder {
    final Map<String, Integer> strings = new LinkedHashMap<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

    /** Where the body is written: {@link #bytes}, or a partition's rows while they are written. */
    DataOutputStream out = new DataOutputStream(bytes);

    void result(FileResult r) throws IOException {
      str(r.name());
      str(r.kind().name());
      out.writeLong(r.read());
      size(r.partitions());
      for (Partition p : r.partitions()) {
        partition(p);
      }
      longs(r.rejectedByReason());
      rejections(r.firstRejections());
      out.writeBoolean(r.mps() != null);
      if (r.mps() != null) {
        mps(r.mps());
      }
      out.writeBoolean(r.records() != null);
      if (r.records() != null) {
        size(r.records());
        for (RecordRow row : r.records()) {
          record(row);
        }
      }
      size(r.notes());
      for (String n : r.notes()) {
        str(n);
      }
      out.writeBoolean(r.dashboard() != null);
      if (r.dashboard() != null) {
        dashboard(r.dashboard());
      }
    }

    void dashboard(DashboardFile f) throws IOException {
      str(f.name());
      size(f.rows());
      for (DashboardRow row : f.rows()) {
        str(row.level().name());
        str(row.areaCode());
        str(row.areaName());
        str(row.borough());
        str(row.group());
        str(row.subgroup());
        str(row.measure().name());
        month(row.month());
        out.writeLong(row.count());
        // LocalDate.MIN (no refresh date) is the first epoch day LocalDate holds: it round-trips.
        out.writeLong(row.refresh().toEpochDay());
        out.writeLong(row.line());
      }
    }

    void partition(Partition p) throws IOException {
      str(p.key().kind().name());
      str(p.key().reportedBy());
      month(p.key().month());
      str(p.source());
      out.writeLong(p.kept());
      out.writeLong(p.duplicateRows());
      out.writeLong(p.sharedIds());
      out.writeLong(p.idsUnderTwoTypes());
      out.writeLong(p.noLocation());
      out.writeLong(p.noPoint());
      size(p.selected());
      // The rows' length first, so a reader can step over them without decoding them.
      ByteArrayOutputStream rows = new ByteArrayOutputStream();
      DataOutputStream body = out;
      out = new DataOutputStream(rows);
      for (PoliceRow row : p.selected()) {
        police(row);
      }
      out.flush();
      out = body;
      out.writeInt(rows.size());
      rows.writeTo(out);
      tally(p.tally());
      longs(p.selectedByCategory());
      nested(p.counts());
      nested(p.unlocated());
      nested(p.authorityCategories());
      nested(p.authorityForces());
      out.writeBoolean(p.lsoaCheck() != null);
      if (p.lsoaCheck() != null) {
        out.writeLong(p.lsoaCheck().rows());
        nested(p.lsoaCheck().unknown());
      }
      out.writeLong(p.fingerprint().rows());
      out.writeLong(p.fingerprint().sumHigh());
      out.writeLong(p.fingerprint().sumLow());
      long[] identities = p.identities().identities();
      out.writeInt(identities.length);
      for (long id : identities) {
        out.writeLong(id);
      }
    }

    void tally(RowTally t) throws IOException {
      longs(new TreeMap<>(t.byForce()));
      // In a fixed order, so the same result always gives the same bytes.
      Map<RowTally.OutcomeCell, Long> cells = new TreeMap<>(CELL_ORDER);
      cells.putAll(t.outcomes());
      out.writeInt(cells.size());
      for (Map.Entry<RowTally.OutcomeCell, Long> e : cells.entrySet()) {
        str(e.getKey().category());
        month(e.getKey().month());
        str(e.getKey().lastOutcome());
        out.writeLong(e.getValue());
      }
    }

    void police(PoliceRow r) throws IOException {
      str(r.crimeId());
      month(r.month());
      str(r.reportedBy());
      str(r.fallsWithin());
      dbl(r.longitude());
      dbl(r.latitude());
      str(r.location());
      str(r.lsoaCode());
      str(r.lsoaName());
      str(r.category());
      str(r.lastOutcome());
    }

    void record(RecordRow r) throws IOException {
      str(r.id());
      out.writeBoolean(r.date() != null);
      if (r.date() != null) {
        out.writeLong(r.date().toEpochDay());
      }
      month(r.month());
      str(r.category());
      str(r.lsoaCode());
      str(r.ward());
      str(r.location());
      dbl(r.longitude());
      dbl(r.latitude());
      dbl(r.easting());
      dbl(r.northing());
    }

    void mps(MpsFile f) throws IOException {
      str(f.name());
      MpsLayout l = f.layout();
      str(l.level().name());
      out.writeInt(l.generation());
      out.writeInt(l.major());
      out.writeInt(l.minor());
      out.writeInt(l.borough());
      out.writeInt(l.areaCode());
      out.writeInt(l.areaName());
      size(l.monthColumns());
      for (int c : l.monthColumns()) {
        out.writeInt(c);
      }
      months(l.months());
      size(f.rows());
      for (MpsRow row : f.rows()) {
        str(row.level().name());
        str(row.areaCode());
        str(row.areaName());
        str(row.borough());
        str(row.category());
        months(row.months());
        out.writeInt(row.counts().length);
        for (Long n : row.counts()) {
          out.writeBoolean(n != null);
          if (n != null) {
            out.writeLong(n);
          }
        }
      }
      longs(f.cellIssuesByReason());
      rejections(f.firstCellIssues());
      out.writeLong(f.duplicateRows());
    }

    void rejections(List<Rejection> rs) throws IOException {
      size(rs);
      for (Rejection r : rs) {
        str(r.file());
        out.writeLong(r.line());
        str(r.reason());
        str(r.detail());
      }
    }

    void nested(Map<String, Map<String, Long>> m) throws IOException {
      out.writeInt(m.size());
      for (Map.Entry<String, Map<String, Long>> e : m.entrySet()) {
        str(e.getKey());
        longs(e.getValue());
      }
    }

    void longs(Map<String, Long> m) throws IOException {
      out.writeInt(m.size());
      for (Map.Entry<String, Long> e : m.entrySet()) {
        str(e.getKey());
        out.writeLong(e.getValue());
      }
    }

    void months(List<Month> ms) throws IOException {
      size(ms);
      for (Month m : ms) {
        month(m);
      }
    }

    void month(Month m) throws IOException {
      out.writeBoolean(m != null);
      if (m != null) {
        out.writeInt(m.index());
      }
    }

    void dbl(Double v) throws IOException {
      out.writeBoolean(v != null);
      if (v != null) {
        out.writeDouble(v);
      }
    }

    void size(List<?> list) throws IOException {
      out.writeInt(list.size());
    }

    /** The string's index in the table, or -1 for null. */
    void str(String s) throws IOException {
      out.writeInt(s == null ? -1 : strings.computeIfAbsent(s, k -> strings.size()));
    }
  }

  /**
   * Reads the payload back in the order the encoder wrote it. A {@link ByteBuffer} over the payload
   * (big-endian, as DataOutputStream wrote it) rather than a DataInputStream: a warm run decodes
   * every entry on a JVM that has not compiled the decoder yet, where each of the stream's reads is
   * a chain of calls (ByteArrayInputStream's synchronized); strings are made from the payload
   * without a copy. Decoding the bench's 36 entries (74,160 area rows) on a fresh JVM took 300 ms
   * of CPU before, 200-280 ms after. Reading past the end throws BufferUnderflowException, a
   * RuntimeException, which {@link #read} reports as a corrupt entry.
   */
  private static final class Decoder {
    final byte[] payload;
    final ByteBuffer in;

    /**
     * Where each string of the table starts in the payload; each is made when first read (most of
     * them, Crime IDs and locations, only rows hold), then kept. Two threads may both make one:
     * they make equal strings.
     */
    final int[] starts;

    final String[] strings;

    Decoder(byte[] payload) {
      this.payload = payload;
      in = ByteBuffer.wrap(payload);
      int n = in.getInt();
      starts = new int[n];
      strings = new String[n];
      for (int i = 0; i < n; i++) {
        int length = in.getInt();
        starts[i] = in.position();
        in.position(in.position() + length);
      }
    }

    /** A decoder of the same payload and strings reading from {@code at}, for rows read later. */
    private Decoder(Decoder of, int at) {
      payload = of.payload;
      in = ByteBuffer.wrap(payload).position(at);
      starts = of.starts;
      strings = of.strings;
    }

    FileResult result() throws IOException {
      String name = str();
      SourceKind kind = SourceKind.valueOf(str());
      long read = in.getLong();
      List<Partition> partitions = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        partitions.add(partition());
      }
      Map<String, Long> rejectedByReason = longs();
      List<Rejection> firstRejections = rejections();
      MpsFile mps = bool() ? mps() : null;
      List<RecordRow> records = null;
      if (bool()) {
        records = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
          records.add(record());
        }
      }
      List<String> notes = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        notes.add(str());
      }
      DashboardFile dashboard = bool() ? dashboard() : null;
      if (in.hasRemaining()) {
        throw new CorruptEntry("bytes left over after the result");
      }
      return new FileResult(
          name,
          kind,
          read,
          partitions,
          rejectedByReason,
          firstRejections,
          mps,
          records,
          notes,
          dashboard);
    }

    DashboardFile dashboard() throws IOException {
      String name = str();
      int n = in.getInt();
      List<DashboardRow> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        rows.add(
            new DashboardRow(
                MpsLayout.Level.valueOf(str()),
                str(),
                str(),
                str(),
                str(),
                str(),
                DashboardMeasure.valueOf(str()),
                month(),
                in.getLong(),
                LocalDate.ofEpochDay(in.getLong()),
                in.getLong()));
      }
      return new DashboardFile(name, List.copyOf(rows));
    }

    Partition partition() throws IOException {
      PartitionKey key = new PartitionKey(SourceKind.valueOf(str()), str(), month());
      String source = str();
      long kept = in.getLong();
      long duplicateRows = in.getLong();
      long sharedIds = in.getLong();
      long idsUnderTwoTypes = in.getLong();
      long noLocation = in.getLong();
      long noPoint = in.getLong();
      int rows = in.getInt();
      int rowBytes = in.getInt();
      List<PoliceRow> selected = rows(rows, in.position());
      in.position(in.position() + rowBytes);
      RowTally tally = tally();
      Map<String, Long> selectedByCategory = longs();
      Map<String, Map<String, Long>> counts = nested();
      Map<String, Map<String, Long>> unlocated = nested();
      Map<String, Map<String, Long>> authorityCategories = nested();
      Map<String, Map<String, Long>> authorityForces = nested();
      LsoaTally lsoaCheck = bool() ? new LsoaTally(in.getLong(), nested()) : null;
      Partition.Fingerprint print =
          new Partition.Fingerprint(in.getLong(), in.getLong(), in.getLong());
      long[] identities = new long[in.getInt()];
      for (int i = 0; i < identities.length; i++) {
        identities[i] = in.getLong();
      }
      return new Partition(
          key,
          source,
          kept,
          duplicateRows,
          sharedIds,
          idsUnderTwoTypes,
          noLocation,
          noPoint,
          selected,
          selectedByCategory,
          counts,
          unlocated,
          authorityCategories,
          authorityForces,
          lsoaCheck,
          print,
          new IdentitySketch(identities),
          tally);
    }

    /**
     * A partition's {@code n} rows, decoded from {@code at} when first asked for. The payload's
     * checksum was checked when the entry was read, so bytes that decode now decoded then.
     */
    List<PoliceRow> rows(int n, int at) {
      return LazyList.of(
          n,
          () -> {
            Decoder rows = new Decoder(this, at);
            List<PoliceRow> selected = new ArrayList<>(n);
            try {
              for (int i = 0; i < n; i++) {
                selected.add(rows.police());
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return selected;
          });
    }

    RowTally tally() throws IOException {
      Map<String, Long> byForce = longs();
      Map<RowTally.OutcomeCell, Long> outcomes = new java.util.HashMap<>();
      for (int i = in.getInt(); i > 0; i--) {
        outcomes.put(new RowTally.OutcomeCell(str(), month(), str()), in.getLong());
      }
      return new RowTally(byForce, outcomes);
    }

    PoliceRow police() throws IOException {
      return new PoliceRow(
          str(), month(), str(), str(), dbl(), dbl(), str(), str(), str(), str(), str());
    }

    RecordRow record() throws IOException {
      String id = str();
      LocalDate date = bool() ? LocalDate.ofEpochDay(in.getLong()) : null;
      return new RecordRow(
          id, date, month(), str(), str(), str(), str(), dbl(), dbl(), dbl(), dbl());
    }

    MpsFile mps() throws IOException {
      String name = str();
      MpsLayout.Level level = MpsLayout.Level.valueOf(str());
      int generation = in.getInt();
      int major = in.getInt();
      int minor = in.getInt();
      int borough = in.getInt();
      int areaCode = in.getInt();
      int areaName = in.getInt();
      List<Integer> monthColumns = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        monthColumns.add(in.getInt());
      }
      MpsLayout layout =
          new MpsLayout(
              level, generation, major, minor, borough, areaCode, areaName, monthColumns, months());
      List<MpsRow> rows = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        MpsLayout.Level rowLevel = MpsLayout.Level.valueOf(str());
        String code = str();
        String areaNameText = str();
        String boroughName = str();
        String category = str();
        List<Month> months = months();
        Long[] counts = new Long[in.getInt()];
        for (int c = 0; c < counts.length; c++) {
          counts[c] = bool() ? in.getLong() : null;
        }
        rows.add(new MpsRow(rowLevel, code, areaNameText, boroughName, category, months, counts));
      }
      return new MpsFile(name, layout, rows, longs(), rejections(), in.getLong());
    }

    List<Rejection> rejections() throws IOException {
      List<Rejection> rs = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        rs.add(new Rejection(str(), in.getLong(), str(), str()));
      }
      return rs;
    }

    Map<String, Map<String, Long>> nested() throws IOException {
      Map<String, Map<String, Long>> m = new TreeMap<>();
      for (int i = in.getInt(); i > 0; i--) {
        m.put(str(), longs());
      }
      return m;
    }

    Map<String, Long> longs() throws IOException {
      Map<String, Long> m = new TreeMap<>();
      for (int i = in.getInt(); i > 0; i--) {
        m.put(str(), in.getLong());
      }
      return m;
    }

    List<Month> months() throws IOException {
      List<Month> ms = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        ms.add(month());
      }
      return ms;
    }

    Month month() throws IOException {
      return bool() ? Month.ofIndex(in.getInt()) : null;
    }

    Double dbl() throws IOException {
      return bool() ? in.getDouble() : null;
    }

    boolean bool() {
      return in.get() != 0;
    }

    String str() throws IOException {
      int i = in.getInt();
      if (i < 0) {
        return null;
      }
      String made = strings[i];
      if (made == null) {
        int start = starts[i];
        made = new String(payload, start, ByteBuffer.wrap(payload).getInt(start - 4), UTF_8);
        strings[i] = made;
      }
      return made;
    }
  }
}
