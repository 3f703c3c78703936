/*
 * Activity Desk's AppImage type-2 runtime: the ELF program at the head of
 * Activity_Desk-<version>-<arch>.AppImage. A SquashFS image of the AppDir is
 * appended to it; this program finds that image, mounts it with FUSE and runs
 * its AppRun (AppImage specification, type 2:
 * https://github.com/AppImage/AppImageSpec/blob/master/draft.md).
 *
 * Why our own: the AppImage project publishes its runtime (AppImage/type2-runtime)
 * and appimagetool only as GitHub release binaries, which the build machines do
 * not reach. Everything this file needs is in Debian: libsquashfuse-dev (reads
 * SquashFS; libsquashfuse_ll = its FUSE low-level operations), libfuse3-dev and
 * the compression libraries, all with static archives, so the runtime is one
 * statically linked executable that needs nothing from the system it runs on but
 * the kernel's FUSE and, for users other than root, a setuid fusermount3 or
 * fusermount (package fuse3 / fuse; the same as the official runtime).
 *
 * Usage, as the official runtime:
 *   ./App.AppImage [args]                      mount, run AppRun with args, unmount when it (and
 *                                              everything it started) is gone
 *   ./App.AppImage --appimage-extract-and-run  no FUSE: extract to a temporary directory, run
 *                                              AppRun, delete the directory (APPIMAGE_EXTRACT_AND_RUN=1
 *                                              in the environment does the same; NO_CLEANUP=1 keeps it)
 *   ./App.AppImage --appimage-extract [PATH]   extract (everything, or PATH and below) to ./squashfs-root
 *   ./App.AppImage --appimage-mount            mount, print the mount point, wait until Ctrl-C
 *   ./App.AppImage --appimage-offset           print the offset of the SquashFS image (= our ELF size)
 *   ./App.AppImage --appimage-updateinformation | --appimage-version | --appimage-help
 * AppRun gets APPIMAGE (absolute path of the AppImage), APPDIR (the mount point or extraction
 * directory), ARGV0 (argv[0] as invoked) and OWD (the working directory it was started from).
 *
 * Built by build-runtime.sh (next to this file), which also writes the magic bytes
 * "AI\x02" at offset 8 of the ELF header (e_ident's padding), as the specification asks.
 */
#define _GNU_SOURCE
/* squashfuse first: its config.h defines _POSIX_C_SOURCE, which _GNU_SOURCE then widens. */
#include "ll.h"   /* squashfuse's FUSE low-level operations (includes fuse3/fuse_lowlevel.h) */
#include "util.h"
#include "traverse.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>


#define RUNTIME_VERSION "activity-desk-runtime 1"

/* ELF sections the specification reserves (filled in by tools that add update information or
 * a signature; empty here). "used" keeps them although nothing reads them in this program. */
__attribute__((section(".upd_info"), used)) static char update_information[1024];
__attribute__((section(".sha256_sig"), used)) static char signature[1024];
__attribute__((section(".sig_key"), used)) static char signature_key[8192];

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "AppImage runtime: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(EXIT_FAILURE);
}

/* Size of this runtime = offset of the SquashFS image: the end of the ELF section header table,
 * which the linker puts last (e_shoff + e_shnum * e_shentsize; 64-bit little-endian only). */
static off_t elf_size(const char *path)
{
    Elf64_Ehdr h;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || pread(fd, &h, sizeof h, 0) != (ssize_t)sizeof h)
        die("cannot read %s", path);
    close(fd);
    if (memcmp(h.e_ident, ELFMAG, SELFMAG) != 0 || h.e_ident[EI_CLASS] != ELFCLASS64)
        die("%s is not a 64-bit ELF file", path);
    return (off_t)(h.e_shoff + (Elf64_Off)h.e_shnum * h.e_shentsize);
}

/* Write the directory tree of the image (entries under `prefix` only, if given) to `dest`.
 * Regular files, directories and symbolic links: what an AppDir holds. */
static int extract(const char *image, off_t offset, const char *dest, const char *prefix)
{
    sqfs fs;
    sqfs_traverse trv;
    sqfs_err err = SQFS_OK;
    static char buf[1 << 20];
    size_t prefix_len = prefix ? strlen(prefix) : 0;

    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK)
        return -1;
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) {
        perror(dest);
        return -1;
    }
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK)
        return -1;
    while (sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end || (prefix && strncmp(trv.path, prefix, prefix_len) != 0))
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dest, trv.path) >= (int)sizeof path)
            die("path too long: %s", trv.path);
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK)
            die("cannot read the inode of %s", trv.path);
        mode_t mode = inode.base.mode & 07777;
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            if (mkdir(path, mode | 0700) != 0 && errno != EEXIST)
                die("cannot create directory %s", path);
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE: {
            unlink(path);
            int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode | 0600);
            if (fd < 0)
                die("cannot create %s", path);
            for (sqfs_off_t pos = 0; pos < (sqfs_off_t)inode.xtra.reg.file_size;) {
                sqfs_off_t n = sizeof buf;
                if (sqfs_read_range(&fs, &inode, pos, &n, buf) != SQFS_OK || n <= 0
                    || write(fd, buf, (size_t)n) != (ssize_t)n)
                    die("cannot extract %s", path);
                pos += n;
            }
            fchmod(fd, mode);
            close(fd);
            break;
        }
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE: {
            char target[PATH_MAX];
            size_t size = sizeof target;
            if (inode.xtra.symlink_size >= sizeof target || sqfs_readlink(&fs, &inode, target, &size) != SQFS_OK)
                die("cannot read symbolic link %s", trv.path);
            unlink(path);
            if (symlink(target, path) != 0)
                die("cannot create symbolic link %s", path);
            break;
        }
        default: /* devices, FIFOs, sockets: never in an AppDir */
            fprintf(stderr, "AppImage runtime: skipped special file %s\n", trv.path);
        }
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return err == SQFS_OK ? 0 : -1;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void set_environment(const char *appimage, const char *appdir, const char *argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", appimage, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

static void exec_apprun(const char *appdir, char **argv)
{
    char apprun[PATH_MAX];
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    argv[0] = apprun;
    execv(apprun, argv);
    die("cannot run %s", apprun);
}

/* Temporary directory named after the AppImage ("<tmp>/<prefix>_<name>XXXXXX"). */
static char *make_temp_dir(const char *prefix, const char *appimage)
{
    static char dir[PATH_MAX];
    const char *tmp = getenv("TMPDIR");
    const char *name = strrchr(appimage, '/') ? strrchr(appimage, '/') + 1 : appimage;
    snprintf(dir, sizeof dir, "%s/%s_%.12sXXXXXX", tmp && *tmp ? tmp : "/tmp", prefix, name);
    if (!mkdtemp(dir))
        die("cannot create a directory in %s (TMPDIR)", tmp && *tmp ? tmp : "/tmp");
    return dir;
}

/* --appimage-extract-and-run: for systems without FUSE. AppRun runs as our child so that the
 * directory can be deleted when it ends; our exit status is its. */
static int extract_and_run(const char *appimage, off_t offset, char **argv, const char *argv0)
{
    char *dir = make_temp_dir("appimage_extracted", appimage);
    if (extract(appimage, offset, dir, NULL) != 0)
        die("cannot extract the image to %s", dir);
    set_environment(appimage, dir, argv0);
    pid_t pid = fork();
    if (pid == 0)
        exec_apprun(dir, argv);
    signal(SIGINT, SIG_IGN); /* the terminal's Ctrl-C reaches AppRun; we wait for it and clean up */
    signal(SIGQUIT, SIG_IGN);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!getenv("NO_CLEANUP") || strcmp(getenv("NO_CLEANUP"), "1") != 0)
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static volatile sig_atomic_t terminated;
static void on_terminate(int sig) { (void)sig; terminated = 1; }

/* The FUSE server (a child process): serve the image at `mountpoint` until every holder of the
 * keep-alive pipe's write end (AppRun and everything it started) has exited, then unmount. */
static void serve(const char *appimage, off_t offset, const char *mountpoint, int ready_fd, int keepalive_fd)
{
    static struct fuse_lowlevel_ops ops = {
        .lookup = sqfs_ll_op_lookup, .forget = sqfs_ll_op_forget, .getattr = sqfs_ll_op_getattr,
        .readlink = sqfs_ll_op_readlink, .open = sqfs_ll_op_open, .read = sqfs_ll_op_read,
        .release = sqfs_ll_op_release, .opendir = sqfs_ll_op_opendir, .readdir = sqfs_ll_op_readdir,
        .releasedir = sqfs_ll_op_releasedir, .statfs = stfs_ll_op_statfs,
        .getxattr = sqfs_ll_op_getxattr, .listxattr = sqfs_ll_op_listxattr,
    };
    char *args_v[] = {"appimage-runtime", "-o", "ro,default_permissions", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, args_v);
    signal(SIGINT, SIG_IGN); /* stay until the app is gone, even when the terminal interrupts it */
    signal(SIGQUIT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    struct sigaction term = {.sa_handler = on_terminate}; /* SIGTERM: unmount (if unused) and go */
    sigaction(SIGTERM, &term, NULL);
    sqfs_ll *ll = sqfs_ll_open(appimage, (size_t)offset);
    if (!ll)
        exit(EXIT_FAILURE);
    struct fuse_session *se = fuse_session_new(&args, &ops, sizeof ops, ll);
    if (!se || fuse_session_mount(se, mountpoint) != 0)
        exit(EXIT_FAILURE);
    if (write(ready_fd, "1", 1) != 1)
        exit(EXIT_FAILURE);
    close(ready_fd);
    int null = open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO); /* nobody waits on our stdout for the app's output */
    dup2(null, STDOUT_FILENO);

    struct fuse_buf buf = {0};
    struct pollfd fds[2] = {{.fd = fuse_session_fd(se), .events = POLLIN},
                            {.fd = keepalive_fd, .events = POLLIN}};
    while (!fuse_session_exited(se) && !terminated) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents) /* EOF: the last writer is gone */
            break;
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) /* unmounted from outside */
            break;
        if (fds[0].revents & POLLIN) {
            int res = fuse_session_receive_buf(se, &buf);
            if (res == -EINTR || res == -EAGAIN)
                continue;
            if (res <= 0)
                break;
            fuse_session_process_buf(se, &buf);
        }
    }
    free(buf.mem);
    fuse_session_unmount(se);
    fuse_session_destroy(se);
    rmdir(mountpoint);
    exit(EXIT_SUCCESS);
}

/* Mount the image at a new temporary directory; returns it. The FUSE server child gets the
 * read end of the keep-alive pipe; the write end stays open (not close-on-exec) in this process
 * and so in AppRun and its children. */
static char *mount_image(const char *appimage, off_t offset)
{
    char *mountpoint = make_temp_dir(".mount", appimage);
    int ready[2], keepalive[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe(keepalive) != 0)
        die("%s", "cannot create a pipe");
    pid_t pid = fork();
    if (pid < 0)
        die("%s", "cannot fork");
    if (pid == 0) {
        close(ready[0]);
        close(keepalive[1]);
        serve(appimage, offset, mountpoint, ready[1], keepalive[0]);
    }
    close(ready[1]);
    close(keepalive[0]);
    char ok = 0;
    if (read(ready[0], &ok, 1) != 1) {
        rmdir(mountpoint);
        fprintf(stderr,
                "AppImage runtime: cannot mount the AppImage with FUSE (is /dev/fuse there, and fusermount3\n"
                "or fusermount installed? Debian/Ubuntu: apt install fuse3). Without FUSE, run it as\n"
                "  %s --appimage-extract-and-run [args]\n", appimage);
        exit(EXIT_FAILURE);
    }
    close(ready[0]);
    return mountpoint;
}

int main(int argc, char **argv)
{
    char appimage[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", appimage, sizeof appimage - 1);
    if (n <= 0)
        die("%s", "cannot find its own file (/proc/self/exe)");
    appimage[n] = '\0';
    off_t offset = elf_size(appimage);
    const char *arg = argc > 1 ? argv[1] : "";
    const char *argv0 = argv[0];

    if (strcmp(arg, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (strcmp(arg, "--appimage-version") == 0) {
        printf("%s\n", RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(arg, "--appimage-updateinformation") == 0) {
        printf("%.*s\n", (int)strnlen(update_information, sizeof update_information), update_information);
        return 0;
    }
    if (strcmp(arg, "--appimage-signature") == 0) {
        printf("%.*s\n", (int)strnlen(signature, sizeof signature), signature);
        return 0;
    }
    if (strcmp(arg, "--appimage-help") == 0) {
        printf("AppImage options (%s):\n"
               "  --appimage-extract [PATH]   extract the contents (or PATH) to ./squashfs-root\n"
               "  --appimage-extract-and-run  run without FUSE (extracts to a temporary directory)\n"
               "  --appimage-mount            mount, print the mount point, wait for Ctrl-C\n"
               "  --appimage-offset           print the offset of the SquashFS image\n"
               "  --appimage-updateinformation, --appimage-signature, --appimage-version\n",
               RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(arg, "--appimage-extract") == 0) {
        if (extract(appimage, offset, "squashfs-root", argc > 2 ? argv[2] : NULL) != 0)
            die("%s", "extraction failed");
        return 0;
    }
    const char *env_extract = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (strcmp(arg, "--appimage-extract-and-run") == 0)
        return extract_and_run(appimage, offset, argv + 1, argv0);
    if (env_extract && strcmp(env_extract, "1") == 0)
        return extract_and_run(appimage, offset, argv, argv0);
    if (strncmp(arg, "--appimage-", 11) == 0 && strcmp(arg, "--appimage-mount") != 0)
        die("unknown option %s (see --appimage-help)", arg);

    char *mountpoint = mount_image(appimage, offset);
    if (strcmp(arg, "--appimage-mount") == 0) {
        printf("%s\n", mountpoint);
        fflush(stdout);
        pause(); /* Ctrl-C ends us; the server sees the keep-alive pipe close and unmounts */
        return 0;
    }
    set_environment(appimage, mountpoint, argv0);
    exec_apprun(mountpoint, argv);
    return EXIT_FAILURE;
}
