// Command smoke drives a live Modelstore server through the generated Go stubs: it watches
// the change feed for a workspace, creates it and receives its event, creates two users in
// it with one batch call, lists them page by page with a filter, updates one with a field
// mask, checks the error details of a duplicate create, and deletes what it made. It exits
// non-zero with a message on the first failure.
//
//	go run ./cmd/smoke -addr 127.0.0.1:50051
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
	"google.golang.org/protobuf/types/known/timestamppb"

	platformv1 "github.com/modelstore/modelstore/clients/go/modelstore/platform/v1"
	modelstorev1 "github.com/modelstore/modelstore/clients/go/modelstore/v1"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:50051", "server address (plaintext)")
	timeout := flag.Duration("timeout", 60*time.Second, "overall deadline")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := run(ctx, *addr); err != nil {
		fmt.Fprintf(os.Stderr, "go smoke: FAILED: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("go smoke: ok")
}

func randomSuffix() string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

// errorInfo returns the google.rpc.ErrorInfo of a gRPC error, read from the status details
// (the grpc-status-details-bin trailer), or nil when there is none.
func errorInfo(err error) *errdetails.ErrorInfo {
	st, ok := status.FromError(err)
	if !ok {
		return nil
	}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			return info
		}
	}
	return nil
}

// nextEvent returns the first event of a WatchChanges stream, passing over heartbeats (the
// responses without events that the server sends at least every 10 seconds).
func nextEvent(stream grpc.ServerStreamingClient[modelstorev1.WatchChangesResponse]) (*modelstorev1.ChangeEvent, error) {
	for {
		resp, err := stream.Recv()
		if err != nil {
			return nil, err
		}
		if events := resp.GetEvents(); len(events) > 0 {
			return events[0], nil
		}
	}
}

func run(ctx context.Context, addr string) (err error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return fmt.Errorf("connect %s: %w", addr, err)
	}
	defer conn.Close()
	workspaces := platformv1.NewWorkspaceServiceClient(conn)
	users := platformv1.NewUserServiceClient(conn)

	suffix := randomSuffix()
	wsID := "smoke-go-" + suffix

	// 0. Watch the change feed for the workspace before it exists. From a minute ago rather
	// than from now: "now" is when the server handles the stream, which may come after the
	// create below commits, and a new workspace has no earlier events to see.
	wctx, stopWatch := context.WithTimeout(ctx, 20*time.Second)
	defer stopWatch()
	stream, err := modelstorev1.NewChangeServiceClient(conn).WatchChanges(wctx, &modelstorev1.WatchChangesRequest{
		EntityTypes: []string{"modelstore.platform.v1.Workspace"},
		Filter:      fmt.Sprintf("entity_id = %q", wsID),
		StartTime:   timestamppb.New(time.Now().Add(-time.Minute)),
	})
	if err != nil {
		return fmt.Errorf("WatchChanges: %w", err)
	}

	// 1. The workspace.
	made, err := workspaces.CreateWorkspace(ctx, &platformv1.CreateWorkspaceRequest{
		Workspace: &platformv1.Workspace{Id: wsID, Name: "Smoke"},
	})
	if err != nil {
		return fmt.Errorf("CreateWorkspace %s: %w", wsID, err)
	}
	fmt.Printf("created workspace %s\n", wsID)

	// Its one event, then the stream is cancelled.
	event, err := nextEvent(stream)
	stopWatch()
	if err != nil {
		return fmt.Errorf("WatchChanges: %w", err)
	}
	if event.GetEntityType() != "modelstore.platform.v1.Workspace" || event.GetEntityId() != wsID ||
		event.GetOperation() != modelstorev1.ChangeOperation_CHANGE_OPERATION_CREATE ||
		event.GetEtag() != made.GetWorkspace().GetEtag() {
		return fmt.Errorf("WatchChanges: got %s %s %s etag %q, want CREATE of workspace %s etag %q",
			event.GetOperation(), event.GetEntityType(), event.GetEntityId(), event.GetEtag(),
			wsID, made.GetWorkspace().GetEtag())
	}
	fmt.Printf("change feed: %s %s\n", event.GetOperation(), event.GetEntityId())

	// Every tenant-scoped call names the workspace in the x-tenant-id header.
	tctx := metadata.AppendToOutgoingContext(ctx, "x-tenant-id", wsID)

	// 6. Clean up whatever was made, users first, even after a failure.
	var created []string
	defer func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
		defer cancel()
		cctx = metadata.AppendToOutgoingContext(cctx, "x-tenant-id", wsID)
		var errs []error
		for _, id := range created {
			if _, e := users.DeleteUser(cctx, &platformv1.DeleteUserRequest{Id: id}); e != nil {
				errs = append(errs, fmt.Errorf("DeleteUser %s: %w", id, e))
			}
		}
		if _, e := workspaces.DeleteWorkspace(cctx, &platformv1.DeleteWorkspaceRequest{Id: wsID, Force: true}); e != nil {
			errs = append(errs, fmt.Errorf("DeleteWorkspace %s: %w", wsID, e))
		}
		if err == nil {
			err = errors.Join(errs...)
			if err == nil {
				fmt.Printf("deleted %d users and workspace %s\n", len(created), wsID)
			}
		}
	}()

	// 2 and 3. Two users in one BatchCreateUsers (all or none, in request order);
	// workspace_id left empty, filled from the header.
	names := []string{"smoke-go-a-" + suffix, "smoke-go-b-" + suffix}
	batch := &platformv1.BatchCreateUsersRequest{RequestId: "smoke-go-batch-" + suffix}
	for _, name := range names {
		batch.Requests = append(batch.Requests, &platformv1.CreateUserRequest{
			User: &platformv1.User{Username: name, Password: "s3cret-" + suffix},
		})
	}
	batched, err := users.BatchCreateUsers(tctx, batch)
	if err != nil {
		return fmt.Errorf("BatchCreateUsers %v: %w", names, err)
	}
	if n := len(batched.GetUsers()); n != len(names) {
		return fmt.Errorf("BatchCreateUsers: %d users, want %d", n, len(names))
	}
	for i, u := range batched.GetUsers() {
		name := names[i]
		if u.GetUsername() != name {
			return fmt.Errorf("BatchCreateUsers: user %d is %q, want %q (request order)", i, u.GetUsername(), name)
		}
		created = append(created, u.GetId())
		if u.GetWorkspaceId() != wsID {
			return fmt.Errorf("CreateUser %s: workspace_id = %q, want %q", name, u.GetWorkspaceId(), wsID)
		}
		if u.GetPassword() != "" {
			return fmt.Errorf("CreateUser %s: the password came back", name)
		}
	}
	fmt.Printf("created users %v\n", created)

	// List with a filter, one user a page, to the end.
	seen := map[string]int{}
	filter := fmt.Sprintf("username = %q OR username = %q", names[0], names[1])
	token, pages := "", 0
	for {
		resp, err := users.ListUsers(tctx, &platformv1.ListUsersRequest{
			PageSize: 1, PageToken: token, Filter: filter,
		})
		if err != nil {
			return fmt.Errorf("ListUsers page %d: %w", pages+1, err)
		}
		pages++
		if n := len(resp.GetUsers()); n > 1 {
			return fmt.Errorf("ListUsers page %d: %d users with page_size 1", pages, n)
		}
		for _, u := range resp.GetUsers() {
			seen[u.GetUsername()]++
		}
		token = resp.GetNextPageToken()
		if token == "" {
			break
		}
		if pages > 10 {
			return fmt.Errorf("ListUsers: still a next_page_token after %d pages", pages)
		}
	}
	if len(seen) != 2 || seen[names[0]] != 1 || seen[names[1]] != 1 {
		return fmt.Errorf("ListUsers: saw %v over %d pages, want each of %v once", seen, pages, names)
	}
	fmt.Printf("listed both users once over %d pages\n", pages)

	// 4. Update the roles only, with a field mask.
	upd, err := users.UpdateUser(tctx, &platformv1.UpdateUserRequest{
		User:       &platformv1.User{Id: created[0], Roles: []string{"admin"}},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"roles"}},
	})
	if err != nil {
		return fmt.Errorf("UpdateUser %s: %w", created[0], err)
	}
	if got := upd.GetUser().GetRoles(); !slices.Equal(got, []string{"admin"}) {
		return fmt.Errorf("UpdateUser: roles = %v, want [admin]", got)
	}
	if got := upd.GetUser().GetUsername(); got != names[0] {
		return fmt.Errorf("UpdateUser: username = %q, want %q (outside the mask)", got, names[0])
	}
	got, err := users.GetUser(tctx, &platformv1.GetUserRequest{Id: created[0]})
	if err != nil {
		return fmt.Errorf("GetUser %s: %w", created[0], err)
	}
	if !slices.Equal(got.GetUser().GetRoles(), []string{"admin"}) {
		return fmt.Errorf("GetUser after update: roles = %v, want [admin]", got.GetUser().GetRoles())
	}
	fmt.Println("updated roles with update_mask [roles]")

	// 5. A duplicate username: ALREADY_EXISTS with ErrorInfo reason ALREADY_EXISTS_UNIQUE.
	dup, err := users.CreateUser(tctx, &platformv1.CreateUserRequest{
		User: &platformv1.User{Username: names[0], Password: "another-" + suffix},
	})
	if err == nil {
		created = append(created, dup.GetUser().GetId())
		return fmt.Errorf("CreateUser with duplicate username %s succeeded", names[0])
	}
	if code := status.Code(err); code != codes.AlreadyExists {
		return fmt.Errorf("duplicate CreateUser: code %s, want AlreadyExists (%v)", code, err)
	}
	info := errorInfo(err)
	if info == nil {
		return fmt.Errorf("duplicate CreateUser: no google.rpc.ErrorInfo in the status details (%v)", err)
	}
	if info.GetReason() != "ALREADY_EXISTS_UNIQUE" || info.GetDomain() != "modelstore.dev" {
		return fmt.Errorf("duplicate CreateUser: ErrorInfo reason %q domain %q, want ALREADY_EXISTS_UNIQUE in modelstore.dev",
			info.GetReason(), info.GetDomain())
	}
	fmt.Printf("duplicate create: %s, reason %s\n", status.Code(err), info.GetReason())
	return nil
}
