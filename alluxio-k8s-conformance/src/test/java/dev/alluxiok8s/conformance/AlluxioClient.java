package dev.alluxiok8s.conformance;

import alluxio.AlluxioURI;
import alluxio.ClientContext;
import alluxio.cli.fs.FileSystemShell;
import alluxio.client.block.BlockMasterClient;
import alluxio.client.file.FileInStream;
import alluxio.client.file.FileOutStream;
import alluxio.client.file.FileSystem;
import alluxio.client.file.FileSystemContext;
import alluxio.client.journal.JournalMasterClient;
import alluxio.client.journal.RetryHandlingJournalMasterClient;
import alluxio.conf.Configuration;
import alluxio.conf.InstancedConfiguration;
import alluxio.conf.PropertyKey;
import alluxio.grpc.CreateFilePOptions;
import alluxio.grpc.QuorumServerInfo;
import alluxio.grpc.WritePType;
import alluxio.master.MasterClientContext;
import alluxio.wire.WorkerInfo;
import java.util.List;

/**
 * An Alluxio client in the test's JVM, pointed at the masters by the names the rendered
 * configuration uses ({@code alluxio-master-0:19998}, ...), which the harness's hosts file
 * resolves. Writes go through to the under storage (CACHE_THROUGH) so that a file outlives workers.
 */
final class AlluxioClient implements AutoCloseable {

  private final InstancedConfiguration conf;
  private final FileSystemContext context;
  private final FileSystem fs;

  AlluxioClient(List<String> masterRpcAddresses) {
    conf = Configuration.copyGlobal();
    conf.set(PropertyKey.MASTER_RPC_ADDRESSES, String.join(",", masterRpcAddresses));
    // A failover takes a while on two busy cores: let calls retry long enough to reach the new leader.
    conf.set(PropertyKey.USER_RPC_RETRY_MAX_DURATION, "3min");
    // The shell writes with the default type; through to the under storage, so files outlive a restart.
    conf.set(PropertyKey.USER_FILE_WRITE_TYPE_DEFAULT, alluxio.client.WriteType.CACHE_THROUGH);
    context = FileSystemContext.create(conf);
    fs = FileSystem.Factory.create(context);
  }

  void write(String path, byte[] content) throws Exception {
    try (FileOutStream out = fs.createFile(new AlluxioURI(path),
        CreateFilePOptions.newBuilder().setWriteType(WritePType.CACHE_THROUGH).setRecursive(true).build())) {
      out.write(content);
    }
  }

  /**
   * {@code alluxio fs copyFromLocal LOCAL PATH}, run in this JVM by Alluxio's own shell with this
   * client's configuration; returns the shell's exit code.
   */
  int copyFromLocal(java.nio.file.Path local, String path) throws Exception {
    try (FileSystemShell shell = new FileSystemShell(conf)) {
      return shell.run("copyFromLocal", local.toString(), path);
    }
  }

  byte[] read(String path) throws Exception {
    try (FileInStream in = fs.openFile(new AlluxioURI(path))) {
      return in.readAllBytes();
    }
  }

  boolean exists(String path) throws Exception {
    return fs.exists(new AlluxioURI(path));
  }

  /** The workers the master knows, with the capacity of each tier. */
  List<WorkerInfo> workers() throws Exception {
    try (BlockMasterClient client = BlockMasterClient.Factory.create(masterContext())) {
      return client.getWorkerInfoList();
    }
  }

  /** The masters' Raft quorum as the leading master reports it (EMBEDDED journal only). */
  List<QuorumServerInfo> quorum() throws Exception {
    try (JournalMasterClient client = new RetryHandlingJournalMasterClient(masterContext())) {
      return client.getQuorumInfo().getServerInfoList();
    }
  }

  /** The host name (as configured, e.g. {@code alluxio-master-1}) of the primary master, as the client finds it. */
  String primary() throws Exception {
    return masterContext().getMasterInquireClient().getPrimaryRpcAddress().getHostString();
  }

  private MasterClientContext masterContext() {
    return MasterClientContext.newBuilder(ClientContext.create(conf)).build();
  }

  @Override
  public void close() throws java.io.IOException {
    try {
      fs.close();
    } finally {
      context.close();
    }
  }
}
