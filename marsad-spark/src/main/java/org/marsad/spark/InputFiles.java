package org.marsad.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the inputs (files, directories, globs, on any Hadoop file system) into files by kind.
 * Directories are walked recursively and only files of a known kind are taken; a file named
 * explicitly with an unknown extension is read as plain text, as the command line does.
 */
public final class InputFiles {
    private final Map<InputKind, List<String>> files = new EnumMap<>(InputKind.class);

    private InputFiles() {
        for (InputKind k : InputKind.values()) files.put(k, new ArrayList<>());
    }

    public static InputFiles list(Configuration conf, List<String> inputs) throws IOException {
        InputFiles result = new InputFiles();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) throw new IllegalArgumentException("no such input: " + input);
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                    List<Path> found = new ArrayList<>();
                    while (it.hasNext()) {
                        Path p = it.next().getPath();
                        if (!isHidden(p, match.getPath())) found.add(p);
                    }
                    found.sort(null);
                    for (Path p : found) {
                        InputKind kind = InputKind.of(p.getName());
                        if (kind != null) result.files.get(kind).add(p.toString());
                    }
                } else {
                    InputKind kind = InputKind.of(match.getPath().getName());
                    result.files.get(kind == null ? InputKind.TEXT : kind).add(match.getPath().toString());
                }
            }
        }
        return result;
    }

    public List<String> of(InputKind kind) { return files.get(kind); }

    public boolean isEmpty() { return files.values().stream().allMatch(List::isEmpty); }

    /** Files and folders starting with '_' or '.' (Spark and Hadoop markers, editor files) are not inputs. */
    private static boolean isHidden(Path p, Path root) {
        for (Path q = p; q != null && !q.equals(root); q = q.getParent()) {
            String n = q.getName();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }
}
